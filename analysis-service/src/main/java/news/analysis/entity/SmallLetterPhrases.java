package news.analysis.entity;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.List;
import java.util.Locale;
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
    /**
     * Each word written in small letters and the index of its first token; {@link #next} chains the word's further
     * tokens (a map of lists would hold a boxed index for every word of the text).
     */
    private Object2IntOpenHashMap<String> first;
    /** For each token of a word in {@link #first}, the index of the word's next token; -1 after its last. */
    private int[] next;

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
        int fewest = -1;
        int fewestCount = 0;
        int lead = 0;
        for (int m = 0; m < words.size(); m++) {
            int at = places().getInt(small(words.get(m)));
            if (at < 0) {
                return 0;
            }
            int count = 0;
            for (int k = at; k >= 0; k = next[k]) {
                count++;
            }
            if (fewest < 0 || count < fewestCount) {
                fewest = at;
                fewestCount = count;
                lead = m;
            }
        }
        int times = 0;
        for (int k = fewest; k >= 0; k = next[k]) {
            int start = k - lead;
            if (start >= 0 && start + words.size() <= tokens.size() && writtenAt(phrase, words, start)) {
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

    /** @return each word written in small letters and the index of its first token (-1 for any other word) */
    private Object2IntOpenHashMap<String> places() {
        if (first == null) {
            tokens = TextTokenizer.tokenize(text);
            first = new Object2IntOpenHashMap<>(tokens.size()); // sized once: most words are small, no rehashing
            first.defaultReturnValue(-1);
            next = new int[tokens.size()];
            // from the last token back, so each word's chain runs in text order
            for (int k = tokens.size() - 1; k >= 0; k--) {
                Token t = tokens.get(k);
                if (t.smallLetters() && !inAddress(t)) {
                    next[k] = first.put(t.surface(), k);
                }
            }
        }
        return first;
    }
}
