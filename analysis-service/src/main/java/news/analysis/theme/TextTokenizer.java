package news.analysis.theme;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import news.support.UnicodeText;

/**
 * Splits text into word tokens that keep their exact character offsets, so that every match can be reported as
 * {@code text.substring(start, end)}.
 *
 * <p>Plain Java, no Lucene. A token is a run of letters and digits; an apostrophe between letters stays inside the
 * word ("don't", "N'Djamena") except for a final possessive "'s"/"’s", which is left out of the token ("China’s"
 * gives "China"). Dotted abbreviations such as "U.S." or "E.P.A." are one token whose normal form has no dots
 * ("us", "epa"). Hyphens separate tokens. Normal forms are lower case without diacritics
 * or soft hyphens.
 */
public final class TextTokenizer {

    /**
     * One word of the text.
     *
     * @param surface the word exactly as written ({@code text.substring(start, end)})
     * @param norm    lower-case form without diacritics or dots
     * @param stem    the normal form's light stem ({@link #stem}), which cues, features, tone and stories look up
     * @param start   offset of the first character
     * @param end     offset just past the last character
     */
    public record Token(String surface, String norm, String stem, int start, int end) {

        /** @return true when the word starts with an upper-case letter */
        public boolean capitalised() {
            return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
        }

        /**
         * @return true when the word is written in small letters only (digits and letters without case count as
         *         small); the tokenizer gives a word of small ASCII letters its surface as its normal form, so the
         *         common case needs no second look
         */
        public boolean smallLetters() {
            return surface == norm || surface.equals(surface.toLowerCase(Locale.ROOT));
        }
    }

    private TextTokenizer() {
    }

    /**
     * The last texts tokenised on this thread and their tokens. One analysis tokenises the same title and body once
     * for each of its steps (cues, features, countries, people, tone); they share the result.
     */
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    /** @return the tokens of {@code text} in order (an unmodifiable list); empty for null or blank text */
    public static List<Token> tokenize(String text) {
        if (text == null) {
            return List.of();
        }
        Recent recent = RECENT.get();
        List<Token> tokens = recent.get(text);
        if (tokens == null) {
            tokens = Collections.unmodifiableList(split(text));
            recent.put(text, tokens);
        }
        return tokens;
    }

    /**
     * @return the tokens of {@code text}, tokenised afresh: for short texts such as names, which would otherwise push
     *         an article's title and body out of the thread's last texts
     */
    public static List<Token> tokenizeApart(String text) {
        return text == null ? List.of() : Collections.unmodifiableList(split(text));
    }

    private static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 6 + 4); // about one word in six characters
        char[] chars = text.toCharArray(); // read by index without String's checks: a tenth of the analysis is here
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c < 128 ? !ASCII_LETTER_OR_DIGIT[c] : wordChars(text, i, false) == 0) {
                i++;
                continue;
            }
            // (most words have no dot after their first letter: the look for "U.S." stops there)
            int abbrevEnd = i + 1 < n && chars[i + 1] == '.' ? dottedAbbreviationEnd(text, i) : -1;
            if (abbrevEnd > 0) {
                String surface = text.substring(i, abbrevEnd);
                tokens.add(token(surface, normalise(surface.replace(".", "")), i, abbrevEnd));
                i = abbrevEnd;
                continue;
            }
            int j = i;
            boolean ascii = true; // seen while scanning, so the common word needs no second look to be normalised
            boolean upper = false;
            while (j < n) {
                char d = chars[j];
                if (d < 128) {
                    if (!ASCII_LETTER_OR_DIGIT[d]) {
                        if (d == '\'' && j + 1 < n && j > i && Character.isLetter(chars[j + 1])) {
                            j++; // "don't"
                            continue;
                        }
                        break;
                    }
                    upper |= d <= 'Z' && d >= 'A';
                    j++;
                    continue;
                }
                int width = wordChars(text, j, true);
                if (width > 0) {
                    j += width;
                } else if (d == '’' && j + 1 < n && j > i && Character.isLetter(chars[j + 1])) {
                    j++;
                } else {
                    break;
                }
                ascii = false;
            }
            int end = j;
            if (end - i > 2 && isApostrophe(chars[end - 2]) && Character.toLowerCase(chars[end - 1]) == 's') {
                end -= 2; // possessive
            }
            String surface = text.substring(i, end);
            String norm = !ascii ? normalise(surface) : upper ? surface.toLowerCase(Locale.ROOT) : surface;
            tokens.add(token(surface, norm, i, end));
            i = j;
        }
        return tokens;
    }

    private static Token token(String surface, String norm, int start, int end) {
        return new Token(surface, norm, stem(norm), start, end);
    }

    /** @return the text with its typographic apostrophes (’ ‘) made plain ('), as {@link #normalise} makes them */
    public static String plainApostrophes(String s) {
        return s.replace('’', '\'').replace('‘', '\'');
    }

    /** @return lower case, no diacritics, typographic apostrophes made plain */
    public static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (plainAscii(s)) {
            return lower; // nothing to decompose: the common case, kept cheap
        }
        lower = plainApostrophes(lower);
        if (plainAscii(lower)) {
            return lower; // "don’t": nothing else to decompose either
        }
        return withoutMarks(Normalizer.normalize(lower, Normalizer.Form.NFD));
    }

    /**
     * @return the text without its combining marks (Unicode category M), soft hyphens and word joiners, by code
     *         point: a regex costs several times more
     */
    private static String withoutMarks(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int k = 0; k < n; ) {
            int cp = s.codePointAt(k);
            int next = k + Character.charCount(cp);
            if (UnicodeText.isCombiningMark(cp) || isHint(cp)) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, k);
                }
            } else if (out != null) {
                out.append(s, k, next);
            }
            k = next;
        }
        return out == null ? s : out.toString();
    }

    /** The soft hyphen and the word joiner: invisible inside a word ("Not\u00adfall"), which they do not split. */
    private static boolean isHint(int codePoint) {
        return codePoint == '\u00ad' || codePoint == '\u2060';
    }

    /**
     * A light, symmetric English stemmer (plural and possessive endings only): "tariffs" and "tariff" give
     * "tariff", "taxes" and "tax" give "tax", "policies" and "policy" give "policy".
     */
    public static String stem(String norm) {
        String w = norm;
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * @return true when only white space, or one hyphen or slash without space around it ("Nano-Satellite"),
     *         separates two tokens, so they can form one phrase; a dash set off by spaces ("BERLIN -- The") parts them,
     *         and so does a blank line (a heading and the paragraph under it); a single line break does not (text
     *         wrapped at a fixed width)
     */
    public static boolean joinable(String text, Token left, Token right) {
        boolean space = false;
        int marks = 0;
        int lineBreaks = 0;
        for (int k = left.end(); k < right.start(); k++) {
            char c = text.charAt(k);
            if (c == '\n' && ++lineBreaks > 1) {
                return false;
            }
            if (Character.isWhitespace(c)) {
                space = true;
            } else if (c == '-' || c == '/' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                marks++;
            } else {
                return false;
            }
        }
        return marks == 0 || marks == 1 && !space;
    }

    /** The two texts (a title and a body) tokenised last, compared by identity: a cheap check, never a stale hit. */
    private static final class Recent {
        private final String[] texts = new String[2];
        private final List<?>[] tokens = new List<?>[2];
        private int next;

        @SuppressWarnings("unchecked")
        List<Token> get(String text) {
            for (int k = 0; k < 2; k++) {
                if (texts[k] == text) {
                    return (List<Token>) tokens[k];
                }
            }
            return null;
        }

        void put(String text, List<Token> list) {
            texts[next] = text;
            tokens[next] = list;
            next = 1 - next;
        }
    }

    private static boolean plainAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** ASCII letters and digits: a table look-up for the common character, Character's tables for the rest. */
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    /**
     * @param inWord true past a word's first character, where a combining mark belongs to the word too ("e" and an
     *               acute accent written apart, the vowel signs of Devanagari or Thai), and so do a soft hyphen and a
     *               word joiner
     * @return how many chars the word's character at {@code i}, one past ASCII (the callers look ASCII up in
     *         {@link #ASCII_LETTER_OR_DIGIT} themselves), takes (2 for one outside the Basic Multilingual Plane), or 0
     *         when a letter or digit (or, in a word, a combining mark) does not stand there
     */
    private static int wordChars(String text, int i, boolean inWord) {
        char c = text.charAt(i);
        int cp = Character.isSurrogate(c) ? text.codePointAt(i) : c;
        return Character.isLetterOrDigit(cp) || inWord && (UnicodeText.isCombiningMark(cp) || isHint(cp)) ? Character.charCount(cp) : 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** @return end offset of an abbreviation like "U.S." (single letters each followed by a dot) at i, or -1 */
    private static int dottedAbbreviationEnd(String text, int i) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return -1;
        }
        int n = text.length();
        int j = i;
        int letters = 0;
        while (j + 1 < n && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        return letters >= 2 ? j : -1;
    }
}
