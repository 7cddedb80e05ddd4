package news.query.service;

/**
 * The text query {@code q} as it is handed to PostgreSQL's {@code websearch_to_tsquery}: each run of letters of a
 * script written without spaces between words (Chinese, Japanese, Korean, Thai, ...) becomes the phrase of its
 * overlapping pairs of letters, as the {@code search} column holds them (V11, {@code unspaced_pairs}). "日本外长"
 * becomes {@code "日本 本外 外长"}, which matches where the text holds those four letters in a row. Everything else is
 * left as written: words, quoted phrases, {@code or}, a minus before a word or a run.
 */
final class TextQuery {

    private TextQuery() {
    }

    /** @return {@code q} with its runs of unspaced scripts written as phrases of pairs (itself when it has none) */
    static String forSearch(String q) {
        StringBuilder out = null;
        boolean quoted = false;
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (!isUnspaced(c)) {
                quoted ^= c == '"';
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i;
            while (end < q.length() && isUnspaced(q.charAt(end))) {
                end++;
            }
            if (out == null) {
                out = new StringBuilder(q.length() * 3).append(q, 0, i);
            }
            if (end - i == 1) {
                out.append(c); // one letter: the parser makes it a word where it stands alone
            } else {
                boolean after = out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1));
                out.append(after ? " " : "").append(quoted ? "" : "\"");
                for (int k = i; k + 1 < end; k++) {
                    out.append(k > i ? " " : "").append(q, k, k + 2);
                }
                out.append(quoted ? "" : "\"");
                if (end < q.length() && Character.isLetterOrDigit(q.charAt(end))) {
                    out.append(' ');
                }
            }
            i = end;
        }
        return out == null ? q : out.toString();
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
