package news.support;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text in one Unicode form, so that the same words compare, hash and search alike however they were typed. */
public final class UnicodeText {

    private UnicodeText() {
    }

    /**
     * @return the text in Unicode's composed form (NFC): an accent written as a letter and a separate mark ("e" and
     *         U+0301, as text decomposed on some systems gives it) becomes the one character "é" that searches and
     *         other copies of the same article use; null for null. Text already composed is returned as it is,
     *         after a quick check.
     */
    public static String composed(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * @return the text without its accents, as a web address writes it ("José Núñez" as "Jose Nunez"): decomposed, its
     *         combining marks dropped
     */
    public static String withoutAccents(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * @return true for a combining mark (Unicode category M): an accent written apart from its letter, a vowel sign of
     *         Devanagari or Thai, an Arabic vowel mark; part of the word it stands in
     */
    public static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
