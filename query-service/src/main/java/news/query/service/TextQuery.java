package news.query.service;

import java.util.ArrayList;
import java.util.List;

/**
 * The text query {@code q} as it is handed to PostgreSQL's {@code websearch_to_tsquery}: each run of letters of a
 * script written without spaces between words (Chinese, Japanese, Korean, Thai, ...) becomes the phrase of its
 * overlapping pairs of letters, as the {@code search} column holds them (V11, {@code unspaced_pairs}). "日本外长"
 * becomes {@code "日本 本外 外长"}, which matches where the text holds those four letters in a row; in a quoted phrase of
 * such runs alone, the pairs of each run follow one another. Everything else is left as written: words, quoted
 * phrases, {@code or}, a minus before a word or a run.
 */
final class TextQuery {

    private TextQuery() {
    }

    /** @return {@code q} with its runs of unspaced scripts written as phrases of pairs (itself when it has none) */
    static String forSearch(String q) {
        if (q.chars().noneMatch(c -> isUnspaced((char) c))) {
            return q;
        }
        StringBuilder out = new StringBuilder(q.length() * 3);
        String[] parts = q.split("\"", -1); // the odd ones are quoted (the last one may be left open)
        for (int p = 0; p < parts.length; p++) {
            out.append(p > 0 ? "\"" : "");
            boolean quoted = p % 2 == 1;
            if (quoted && !onlyUnspaced(parts[p])) {
                // a phrase that mixes in other words ("Tokyo 東京都"): its run stays a word, as the parser reads the
                // text (the pairs stand apart from the words in the vector, so they cannot join such a phrase)
                out.append(parts[p]);
            } else {
                appendPairs(out, parts[p], !quoted);
            }
        }
        return out.toString();
    }

    /**
     * @return the runs of two letters or more of unspaced scripts that {@code q} looks for, in order (a run after a minus
     *         is looked for to be absent, and is left out)
     */
    static List<String> runs(String q) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            int end = runEnd(q, i);
            boolean excluded = q.startsWith("-", i - 1) || q.startsWith("-\"", i - 2);
            if (end - i > 1 && !excluded) {
                runs.add(q.substring(i, end));
            }
            i = Math.max(end, i + 1);
        }
        return runs;
    }

    /** @return where the run of unspaced letters starting at {@code from} ends ({@code from} when none starts there) */
    private static int runEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isUnspaced(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Appends the part with each run written as its pairs, each run as a phrase of its own when asked. */
    private static void appendPairs(StringBuilder out, String part, boolean phrases) {
        int i = 0;
        while (i < part.length()) {
            char c = part.charAt(i);
            if (!isUnspaced(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = runEnd(part, i);
            if (end - i == 1) {
                out.append(c); // one letter: the parser makes it a word where it stands alone
            } else {
                boolean after = out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1));
                out.append(after ? " " : "").append(phrases ? "\"" : "");
                for (int k = i; k + 1 < end; k++) {
                    out.append(k > i ? " " : "").append(part, k, k + 2);
                }
                out.append(phrases ? "\"" : "");
                if (end < part.length() && Character.isLetterOrDigit(part.charAt(end))) {
                    out.append(' ');
                }
            }
            i = end;
        }
    }

    /** Whether every letter or digit of the text is of an unspaced script. */
    private static boolean onlyUnspaced(String text) {
        return text.chars().allMatch(c -> !Character.isLetterOrDigit(c) || isUnspaced((char) c));
    }

    /**
     * Whether the letter belongs to a script written without spaces between words: Thai, Lao, Myanmar, Khmer,
     * hiragana and katakana (with the half-width forms), CJK ideographs (with extension A and the compatibility
     * ones), Hangul syllables. The same ranges as V11's {@code unspaced_letter}.
     */
    static boolean isUnspaced(char c) {
        return c >= '\u0e00' && c <= '\u0eff' || c >= '\u1000' && c <= '\u109f' || c >= '\u1780' && c <= '\u17ff'
                || c >= '\u3040' && c <= '\u30ff' || c >= '\u31f0' && c <= '\u31ff' || c >= '\u3400' && c <= '\u4dbf'
                || c >= '\u4e00' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af' || c >= '\uf900' && c <= '\ufaff'
                || c >= '\uff66' && c <= '\uff9f';
    }
}
