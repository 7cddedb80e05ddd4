package news.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import news.language.LanguageGuesser;
import news.support.UnicodeText;

/** Small text helpers: whitespace normalisation, script-aware word counting, and comparison keys. */
final class Text {


    private Text() {
    }

    /**
     * Collapses all whitespace (including no-break and zero-width spaces) to single spaces and trims, drops the
     * characters that are {@link #isDropped no text} (hyphenation hints, word joiners, icon glyphs), and gives a C1
     * control the quote or dash Windows-1252 writes for it.
     */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        // runs of the spaces below become one plain space, then the ends are stripped; one pass over the
        // characters, as it runs on every text node of every page
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isDropped(c) || isJoinerAtEdge(s, i)) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                continue;
            }
            if (c >= 0x80 && c <= 0x9F && Mojibake.windows1252(c) != 0) {
                // a C1 control: the curly quote or dash of a page read as ISO-8859-1, as Windows-1252 writes it (one it
                // writes nothing for stays, for the repair of a text encoded twice to read: "â€\u009d" is "”")
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                out.append(Mojibake.windows1252(c));
                continue;
            }
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int j = i + 1;
            while (j < n && (isSpace(s.charAt(j)) || isDropped(s.charAt(j)) || isJoinerAtEdge(s, j))) {
                j++;
            }
            if (out == null) {
                if (c == ' ' && j == i + 1) {
                    continue; // a single plain space stays as it is
                }
                out = new StringBuilder(n).append(s, 0, i);
            }
            out.append(' ');
            i = j - 1;
        }
        return (out == null ? s : out.toString()).strip();
    }

    /**
     * The soft hyphen (U+00AD, a hint where a long word may break: "Not&amp;shy;fall&amp;shy;daten") and the word
     * joiner (U+2060): invisible inside a word, which they would otherwise split for search and analysis; and the
     * private-use characters of icon fonts (U+E000-U+F8FF: a page's arrows, stars and envelopes), which are no text.
     */
    static boolean isDropped(char c) {
        return c == '\u00ad' || c == '\u2060' || c >= '\ue000' && c <= '\uf8ff';
    }

    /**
     * Whether a zero-width joiner or non-joiner (U+200D, U+200C) ends a word, where it joins nothing: page builders
     * print one after a paragraph's last stop ("... strike out on their own.&amp;zwj;"), which then reads as no
     * sentence's end. Between two characters it stays: it forms emoji ("👩‍💻") and Persian and Indic words; alone, it
     * is a line of its own as the page printed it.
     */
    private static boolean isJoinerAtEdge(String s, int i) {
        char c = s.charAt(i);
        return (c == '\u200d' || c == '\u200c') && i > 0 && !isSpace(s.charAt(i - 1))
                && (i == s.length() - 1 || isSpace(s.charAt(i + 1)));
    }

    /** ASCII white space, no-break, typographic and zero-width spaces, the ideographic space and the BOM. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || (c >= '\u2000' && c <= '\u200b')
                || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    /**
     * Counts words the way a reader would: every Han, Hiragana or Katakana character counts as one word (these
     * scripts do not separate words with spaces), a run of Hangul syllables counts as one word (an eojeol), and
     * any other run of letters or digits counts as one word.
     */
    static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        boolean inHangul = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // the scripts counted apart all lie above U+1100; below it only letters and digits matter
            Character.UnicodeScript script = cp < 0x1100 ? Character.UnicodeScript.COMMON : Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                count++;
                inWord = false;
                inHangul = false;
            } else if (script == Character.UnicodeScript.HANGUL) {
                if (!inHangul) {
                    count++;
                }
                inHangul = true;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)
                    || inWord && (cp == '\'' || cp == '’' || cp == '-' || UnicodeText.isCombiningMark(cp))) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
                inHangul = false;
            } else {
                inWord = false;
                inHangul = false;
            }
        }
        return count;
    }

    /** Length in "Latin-equivalent" characters: CJK characters weigh three, since they carry a word each. */
    static int weightedLength(String s) {
        return length(s, 0, s.length(), false, true);
    }

    /**
     * {@code normalize(s).length()}, or its {@link #weightedLength} when {@code weighted}, without building the
     * normalised string: it runs on every text node of every page.
     */
    static int normalizedLength(String s, boolean weighted) {
        int from = 0;
        int to = s.length();
        while (from < to && (isStripped(s.charAt(from)) || isJoinerAtEdge(s, from))) {
            from++;
        }
        while (to > from && (isStripped(s.charAt(to - 1)) || isJoinerAtEdge(s, to - 1))) {
            to--;
        }
        return length(s, from, to, true, weighted);
    }

    /** Characters of {@code s[from, to)}, a run of spaces counting one when collapsed, CJK three when weighted. */
    private static int length(String s, int from, int to, boolean collapse, boolean weighted) {
        int n = 0;
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (collapse && (isDropped(c) || isJoinerAtEdge(s, i))) {
                continue;
            }
            if (collapse && isSpace(c)) {
                n += inSpace ? 0 : 1;
                inSpace = true;
                continue;
            }
            inSpace = false;
            n += weighted ? LanguageGuesser.weight(c) : 1;
        }
        return n;
    }

    /** How many characters of the text are neither {@link #normalize}'s spaces nor other white space. */
    static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += isStripped(s.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    /** What {@link #normalize} removes at either end: its spaces and whatever {@link String#strip} removes. */
    private static boolean isStripped(char c) {
        return isSpace(c) || Character.isWhitespace(c) || isDropped(c);
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a digit, letter-like or other number character. */
    static boolean letterOrNumber(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Lower case, letters and numbers only: a key to compare two spellings of a name or headline. */
    static String squash(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (letterOrNumber(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** A run of white space. */
    static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    private static final Pattern TRUNCATION = Pattern.compile("(?:\\.\\.\\.|…|\\[…]|\\[\\.\\.\\.])\\W{0,3}$");

    /** Text cut short with "...", "…" or "[…]": an excerpt of a text shown elsewhere. */
    static boolean isTruncated(String t) {
        int end = t.length();
        int tail = Math.max(0, end - 8); // the mark, a closing bracket and up to three other marks after it
        return (t.indexOf('…', tail) >= 0 || t.indexOf("..", tail) >= 0) && TRUNCATION.matcher(t).find();
    }

    /** Marks that end a sentence, and (the first six) the ones after which a new sentence starts. */
    private static final String SENTENCE_MARKS = ".!?。！？:;\"”’)»";

    /**
     * Whether the text ends like a sentence (a full stop, colon, closing quote or bracket) or holds one sentence end
     * followed by the capital of the next: prose rather than a label, a name or a menu entry.
     */
    static boolean endsSentence(String t) {
        int end = t.length();
        while (end > 0 && isRegexSpace(t.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && SENTENCE_MARKS.indexOf(t.charAt(end - 1)) >= 0) {
            return true;
        }
        for (int i = 0; i < end; i++) {
            int mark = SENTENCE_MARKS.indexOf(t.charAt(i));
            if (mark >= 0 && mark < 6) {
                int next = i + 1;
                while (next < end && isRegexSpace(t.charAt(next))) {
                    next++;
                }
                if (next > i + 1 && next < end && Character.getType(t.codePointAt(next)) == Character.UPPERCASE_LETTER) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The white space of a regular expression's \s: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
