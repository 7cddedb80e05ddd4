package news.analysis.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;

/**
 * The words a text writes in small letters and where, to tell how often it writes a phrase so: an article that writes
 * "mesh network" uses "Mesh Network" as a term, not as a name. Read once a text, when first asked; each question then
 * costs the places of the phrase's rarest word, not a pass over the text (an article of ten thousand names stays
 * cheap).
 */
final class SmallLetterPhrases {

    private final String text;
    private List<Token> tokens;
    /** Each word written in small letters, with the indexes of its tokens. */
    private Map<String, List<Integer>> places;

    SmallLetterPhrases(String text) {
        this.text = text == null ? "" : text;
    }

    /** @return true when the text writes each word of the phrase in small letters somewhere, not necessarily together */
    boolean hasEveryWord(String phrase) {
        for (Token word : TextTokenizer.tokenizeApart(phrase)) {
            if (!places().containsKey(small(word))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return true when the text writes in small letters each word of the phrase whose normal form is not one of
     *         {@code except}; false when every word is one of them
     */
    boolean hasEveryWordBut(String phrase, Set<String> except) {
        boolean asked = false;
        for (Token word : TextTokenizer.tokenizeApart(phrase)) {
            if (except.contains(word.norm())) {
                continue;
            }
            if (!places().containsKey(small(word))) {
                return false;
            }
            asked = true;
        }
        return asked;
    }

    /**
     * @return how often the text writes the phrase's words in small letters, one after the other and with the same
     *         marks between them ("mesh network" for "Mesh Network", "energy-efficient" for "Energy-Efficient")
     */
    int times(String phrase) {
        List<Token> words = TextTokenizer.tokenizeApart(phrase);
        List<Integer> fewest = null;
        int lead = 0;
        for (int m = 0; m < words.size(); m++) {
            List<Integer> at = places().get(small(words.get(m)));
            if (at == null) {
                return 0;
            }
            if (fewest == null || at.size() < fewest.size()) {
                fewest = at;
                lead = m;
            }
        }
        if (fewest == null) {
            return 0;
        }
        int times = 0;
        for (int k : fewest) {
            int first = k - lead;
            if (first >= 0 && first + words.size() <= tokens.size() && writtenAt(phrase, words, first)) {
                times++;
            }
        }
        return times;
    }

    private boolean writtenAt(String phrase, List<Token> words, int first) {
        for (int m = 0; m < words.size(); m++) {
            Token t = tokens.get(first + m);
            if (!t.surface().equals(small(words.get(m)))) {
                return false;
            }
            if (m > 0 && !text.substring(tokens.get(first + m - 1).end(), t.start())
                    .equals(phrase.substring(words.get(m - 1).end(), words.get(m).start()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return true when the word is part of a web or mail address ("microsoft" in "www.microsoft.com", "sony" in
     *         "info@sony.net"): written as the address is, not as the text writes the word
     */
    private boolean inAddress(Token t) {
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
        return before == '.' || before == '/' || before == '@'
                || after == '.' && t.end() + 1 < text.length() && Character.isLetterOrDigit(text.charAt(t.end() + 1));
    }

    private static String small(Token word) {
        return word.surface().toLowerCase(Locale.ROOT);
    }

    private Map<String, List<Integer>> places() {
        if (places == null) {
            tokens = TextTokenizer.tokenize(text);
            places = new HashMap<>();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.smallLetters() && !inAddress(t)) {
                    places.computeIfAbsent(t.surface(), w -> new ArrayList<>()).add(k);
                }
            }
        }
        return places;
    }
}
