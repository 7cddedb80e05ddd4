package news.analysis.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.analysis.theme.TextTokenizer.Token;

/**
 * Finds the taxonomy's cue phrases in a text, leftmost-longest: at each word the longest cue starting there wins
 * and its words are consumed, so "trade deficit" is one match, and a neutral phrase ("World Trade Center")
 * hides the cues inside it.
 */
final class CueMatcher {

    /** A cue phrase: its words (stems, or prefixes ending in '*') and its weight per theme (empty if neutral). */
    record Phrase(String text, List<String> words, Map<String, Double> weights) {
    }

    /** One match of a phrase in a text. */
    record Match(Phrase phrase, int start, int end) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final List<Phrase> prefixFirst = new ArrayList<>();

    CueMatcher(Taxonomy taxonomy) {
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        for (Taxonomy.Theme theme : taxonomy.themes()) {
            theme.cues().forEach((cue, weight) -> phrases
                    .computeIfAbsent(key(cue), k -> new Phrase(cue, words(cue), new HashMap<>()))
                    .weights().merge(theme.id(), weight, Math::max));
        }
        for (String neutral : taxonomy.neutralPhrases()) {
            phrases.computeIfAbsent(key(neutral), k -> new Phrase(neutral, words(neutral), new HashMap<>()));
        }
        for (Phrase p : phrases.values()) {
            if (p.words().isEmpty()) {
                throw new IllegalArgumentException("empty cue phrase: '" + p.text() + "'");
            }
            String first = p.words().get(0);
            if (first.endsWith("*")) {
                prefixFirst.add(p);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** @return the matches in {@code text}, in order, never overlapping */
    List<Match> match(String text, List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Phrase best = null;
            List<Phrase> starting = byFirstWord.get(tokens.get(i).stem());
            for (int k = 0; starting != null && k < starting.size(); k++) {
                best = longer(best, starting.get(k), text, tokens, i);
            }
            for (Phrase p : prefixFirst) {
                best = longer(best, p, text, tokens, i);
            }
            if (best == null) {
                i++;
            } else {
                int last = i + best.words().size() - 1;
                out.add(new Match(best, tokens.get(i).start(), tokens.get(last).end()));
                i = last + 1;
            }
        }
        return out;
    }

    private static Phrase longer(Phrase best, Phrase p, String text, List<Token> tokens, int i) {
        if (best != null && p.words().size() <= best.words().size()) {
            return best;
        }
        return matchesAt(p, text, tokens, i) ? p : best;
    }

    private static boolean matchesAt(Phrase p, String text, List<Token> tokens, int i) {
        List<String> words = p.words();
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            Token t = tokens.get(i + k);
            boolean ok = w.endsWith("*")
                    ? t.norm().startsWith(w.substring(0, w.length() - 1))
                    : t.stem().equals(w);
            if (!ok || (k > 0 && !TextTokenizer.joinable(text, tokens.get(i + k - 1), t))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String cue) {
        return String.join(" ", words(cue));
    }

    private static List<String> words(String cue) {
        List<String> out = new ArrayList<>();
        for (Token t : TextTokenizer.tokenize(cue)) {
            int star = t.end() < cue.length() && cue.charAt(t.end()) == '*' ? 1 : 0;
            out.add(star == 1 ? t.norm() + "*" : t.stem());
        }
        return out;
    }
}
