package news.analysis.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import news.analysis.theme.TextTokenizer.Token;

/**
 * Turns a text into the word features of the {@link ThemeModel}, each occurrence with its exact offsets.
 *
 * <p>Features are lower-case light stems ({@link TextTokenizer#stem}): unigrams of content words ({@code w:tariff})
 * and bigrams of neighbouring content words in one sentence ({@code b:trade_deficit}, where "Department of
 * Defense" gives {@code b:department_defense}). Stop words and pure numbers are left out. A bigram's occurrence
 * spans both words and whatever stands between them, so {@code text.substring(start, end)} is always the phrase
 * as written.
 */
public final class FeatureExtractor {

    /** Function words that carry no topic. */
    public static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "him",
            "them", "us", "me", "who", "whom", "which", "what", "when", "where", "why", "how", "not", "no", "so",
            "if", "than", "then", "there", "here", "has", "have", "had", "do", "does", "did", "will", "would", "can",
            "could", "should", "may", "might", "must", "shall", "into", "over", "after", "before", "about", "up",
            "down", "out", "off", "again", "also", "just", "only", "very", "more", "most", "some", "any", "all",
            "s", "t", "said", "say", "says", "new", "one", "two", "many", "much", "other", "such", "own", "same");

    /**
     * One occurrence of a feature.
     *
     * @param feature the feature name ({@code w:...} or {@code b:...})
     * @param start   offset of its first character in the field
     * @param end     offset just past its last character
     */
    public record Occurrence(String feature, int start, int end) {
    }

    private FeatureExtractor() {
    }

    /** @return the feature occurrences of one field's text, in text order */
    public static List<Occurrence> extract(String text) {
        List<Occurrence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Token> tokens = TextTokenizer.tokenize(text);
        Token prev = null;
        String prevStem = null;
        for (Token t : tokens) {
            String norm = t.norm();
            if (prev != null && sentenceBreak(text, prev.end(), t.start())) {
                prev = null;
            }
            if ((STOP.contains(norm) && !t.surface().contains(".")) || isNumber(norm) || norm.length() < 2) {
                continue;
            }
            String stem = t.stem();
            out.add(new Occurrence("w:" + stem, t.start(), t.end()));
            if (prev != null) {
                out.add(new Occurrence("b:" + prevStem + "_" + stem, prev.start(), t.end()));
            }
            prev = t;
            prevStem = stem;
        }
        return out;
    }

    /**
     * The word features of a text plus one {@code c:THEME} occurrence per taxonomy cue matched in it (a cue with
     * a positive weight for that theme), so the model can learn how far to trust each theme's cue list.
     */
    static List<Occurrence> extract(String text, CueMatcher cues) {
        return extract(text, cues == null || text == null || text.isEmpty() ? List.of()
                : cues.match(text, TextTokenizer.tokenize(text)));
    }

    /** As {@link #extract(String, CueMatcher)}, with the cues already matched in the text. */
    static List<Occurrence> extract(String text, List<CueMatcher.Match> cueMatches) {
        List<Occurrence> out = extract(text);
        if (!cueMatches.isEmpty()) {
            for (CueMatcher.Match m : cueMatches) {
                m.phrase().weights().forEach((theme, w) -> {
                    if (w > 0) {
                        out.add(new Occurrence("c:" + theme, m.start(), m.end()));
                    }
                });
            }
            return inTextOrder(out);
        }
        return out;
    }

    /**
     * @return the occurrences sorted by start offset, those with equal starts in their given order: a sort of
     *         primitive keys (start, then position), several times quicker than a comparator over the records
     */
    private static List<Occurrence> inTextOrder(List<Occurrence> occurrences) {
        long[] keys = new long[occurrences.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = (long) occurrences.get(k).start() << 32 | k;
        }
        Arrays.sort(keys);
        List<Occurrence> out = new ArrayList<>(keys.length);
        for (long key : keys) {
            out.add(occurrences.get((int) key));
        }
        return out;
    }

    private static boolean isNumber(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            if (!Character.isDigit(norm.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return true when sentence or clause punctuation stands between two offsets */
    private static boolean sentenceBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '"' || c == '“'
                    || c == '”' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }
}
