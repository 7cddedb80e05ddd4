package news.analysis.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "him",
            "them", "us", "me", "who", "whom", "which", "what", "when", "where", "why", "how", "not", "no", "so",
            "if", "than", "then", "there", "here", "has", "have", "had", "do", "does", "did", "will", "would", "can",
            "could", "should", "may", "might", "must", "shall", "into", "over", "after", "before", "about", "up",
            "down", "out", "off", "again", "also", "just", "only", "very", "more", "most", "some", "any", "all",
            "s", "t", "said", "say", "says", "new", "one", "two", "many", "much", "other", "such", "own", "same");

    /** The length of the longest stop word: a longer word needs no look in the set (most content words). */
    private static final int LONGEST_STOP = STOP.stream().mapToInt(String::length).max().orElse(0);

    /** @return true when the normal form is one of {@link #STOP} */
    public static boolean isStopWord(String norm) {
        return norm.length() <= LONGEST_STOP && STOP.contains(norm);
    }

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
        return extract(text, ALL);
    }

    /**
     * The features a model knows, looked up by the parts of their names: no name is built for a feature it lacks,
     * and a known one comes with the vocabulary's own copy of its name (its hash already computed).
     */
    @FunctionalInterface
    interface Vocabulary {
        /**
         * @param hash   the {@link String#hashCode} of the name
         * @param kind   'w' for a word, 'b' for a bigram
         * @param first  the word's stem, or the bigram's first stem
         * @param second the bigram's second stem; null for a word
         * @return the name ({@code w:first} or {@code b:first_second}) as the vocabulary holds it, or null when the
         *         vocabulary lacks that feature
         */
        String name(int hash, char kind, String first, String second);
    }

    /** Every feature, its name built anew. */
    static final Vocabulary ALL = (hash, kind, first, second) -> second == null ? kind + ":" + first
            : kind + ":" + first + "_" + second;

    /** The name given to a word feature the vocabulary lacks ("w:" and no word, which no feature has). */
    static final String UNKNOWN_WORD = "w:";
    /** The name given to a bigram feature the vocabulary lacks. */
    static final String UNKNOWN_BIGRAM = "b:";

    /**
     * @return the feature occurrences of one field's text, in text order; a feature the vocabulary lacks is named
     *         {@link #UNKNOWN_WORD} or {@link #UNKNOWN_BIGRAM}, in its place (a model counts it as it counts any
     *         feature it does not know)
     */
    static List<Occurrence> extract(String text, Vocabulary vocabulary) {
        return extract(text, vocabulary, false);
    }

    /**
     * @param inTextOrder true to give each bigram before the word that ends it, so that the occurrences come sorted
     *                    by start offset, those with equal starts (a word and the bigram it starts) in the order
     *                    {@link #extract(String, Vocabulary)} gives them; false for that order (each word, then the
     *                    bigram it ends)
     */
    private static List<Occurrence> extract(String text, Vocabulary vocabulary, boolean inTextOrder) {
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
            if ((isStopWord(norm) && !t.surface().contains(".")) || isNumber(norm) || norm.length() < 2) {
                continue;
            }
            String stem = t.stem();
            String word = vocabulary.name(appendHash(WORD_PREFIX_HASH, stem), 'w', stem, null);
            Occurrence wordOccurrence = new Occurrence(word == null ? UNKNOWN_WORD : word, t.start(), t.end());
            if (!inTextOrder) {
                out.add(wordOccurrence);
            }
            if (prev != null) {
                int pairHash = appendHash(appendHash(BIGRAM_PREFIX_HASH, prevStem) * 31 + '_', stem);
                String pair = vocabulary.name(pairHash, 'b', prevStem, stem);
                out.add(new Occurrence(pair == null ? UNKNOWN_BIGRAM : pair, prev.start(), t.end()));
            }
            if (inTextOrder) {
                out.add(wordOccurrence);
            }
            prev = t;
            prevStem = stem;
        }
        return out;
    }

    private static final int WORD_PREFIX_HASH = "w:".hashCode();
    private static final int BIGRAM_PREFIX_HASH = "b:".hashCode();

    /** @return the hash of a string whose hash is {@code hash} with {@code s} appended, as {@link String#hashCode} */
    private static int appendHash(int hash, String s) {
        int h = hash;
        for (int n = s.length(); n > 0; n--) {
            h *= 31;
        }
        return h + s.hashCode();
    }

    /**
     * The word features of a text plus one {@code c:THEME} occurrence per taxonomy cue matched in it (a cue with
     * a positive weight for that theme), so the model can learn how far to trust each theme's cue list.
     */
    static List<Occurrence> extract(String text, CueMatcher cues) {
        return extract(text, cues == null || text == null || text.isEmpty() ? List.of()
                : cues.match(text, TextTokenizer.tokenize(text)), ALL);
    }

    /**
     * As {@link #extract(String, CueMatcher)}, with the cues already matched in the text, for a vocabulary: with cues,
     * the occurrences sorted by start offset, those with equal starts in the order words, bigrams, cues.
     */
    static List<Occurrence> extract(String text, List<CueMatcher.Match> cueMatches, Vocabulary vocabulary) {
        if (cueMatches.isEmpty()) {
            return extract(text, vocabulary);
        }
        // the words and bigrams come in text order, and so do the cue matches (which never overlap): merged
        List<Occurrence> words = extract(text, vocabulary, true);
        List<Occurrence> out = new ArrayList<>(words.size() + 2 * cueMatches.size());
        int k = 0;
        for (CueMatcher.Match m : cueMatches) {
            while (k < words.size() && words.get(k).start() <= m.start()) {
                out.add(words.get(k++));
            }
            m.phrase().weights().forEach((theme, w) -> {
                if (w > 0) {
                    out.add(new Occurrence(cueFeature(theme), m.start(), m.end()));
                }
            });
        }
        out.addAll(words.subList(k, words.size()));
        return out;
    }

    /** The names of the cue features by theme ({@code c:trade}), made once: looked up, their hashes are known. */
    private static final ConcurrentMap<String, String> CUE_FEATURES = new ConcurrentHashMap<>();

    private static String cueFeature(String theme) {
        return CUE_FEATURES.computeIfAbsent(theme, t -> "c:" + t);
    }

    /** @return true when the normal form is digits only ("17", "2025") */
    public static boolean isNumber(String norm) {
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
