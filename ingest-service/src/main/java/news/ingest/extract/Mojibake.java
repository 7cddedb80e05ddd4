package news.ingest.extract;

/**
 * Repairs text that was encoded in UTF-8 twice: its bytes read once as Windows-1252 or ISO-8859-1 and encoded again,
 * so that "Trump’s" reads "Trumpâ€™s", "café" "cafÃ©" and "⭐" "â­\u0090". Pages whose own source is so broken
 * are common (a CMS that stored UTF-8 as Latin-1); read as they are, their words break at every quote and accent.
 *
 * <p>Careful, since a few such pairs of characters can also be meant: a text is repaired only when it holds at least
 * one sure sign, a sequence that no language writes: "â" followed by two characters that stand for the bytes of
 * a quote, dash, bullet or ellipsis ("â€™", "â€”"), or "Ã" or "Â" followed by one ("Ã©", "Â°"), inside a word
 * ("weâ€™ve") or where what it says does not also stand in the text as itself (a page on encodings that shows "Ã¤"
 * beside "ä" means both).
 * Then each sequence of a lead character and the right number of continuation characters that reads as valid UTF-8
 * is replaced by what it says. Text without a sure sign is returned as it is: "été »" with a no-break space in
 * French, or "NÃO" in Portuguese, stay. Plain Java, no framework types.
 */
final class Mojibake {

    private Mojibake() {
    }

    /** Windows-1252's characters for the bytes 0x80-0x9F (0 where it has none and ISO-8859-1's control stands). */
    private static final char[] CP1252_HIGH = {
        '€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
        0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ'};

    /** @return the text with its doubly encoded sequences decoded, or the text itself when it shows no sure sign */
    static String repaired(String text) {
        if (text == null || !hasSureSign(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            int length = sequenceLength(text, i);
            int decoded = length > 0 ? decoded(text, i, length) : -1;
            if (decoded >= 0) {
                out.appendCodePoint(decoded);
                i += length;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** How many sequences that look doubly encoded {@link #hasSureSign} weighs at most. */
    private static final int MAX_SIGNS_WEIGHED = 20;

    /**
     * @return true when the text holds a sequence that only double encoding writes, inside a word ("weâ€™ve") or
     *         without also writing what that sequence says as itself: a page on encodings that shows "Ã¤" beside
     *         "ä" means both, while a page whose template is right and whose articles are broken is to repair
     */
    static boolean hasSureSign(String text) {
        int weighed = 0;
        // "â" and two more, U+2000-U+27FF: quotes, dashes, bullets, the ellipsis ("â€™", "â€”"); or "Ã" or "Â" and one
        // more, a Latin-1 letter or sign ("Ã©", "Â°"). Found by String.indexOf, quick on a page of 100,000 characters
        for (char lead : SIGN_LEADS) {
            for (int i = text.indexOf(lead); i >= 0 && weighed < MAX_SIGNS_WEIGHED; i = text.indexOf(lead, i + 1)) {
                int length = lead == 'â' ? 3 : 2;
                int secondTo = lead == 'â' ? 0x9F : 0xBF;
                boolean sign = i + length <= text.length() && inRange(text.charAt(i + 1), 0x80, secondTo)
                        && (length == 2 || inRange(text.charAt(i + 2), 0x80, 0xBF));
                if (sign) {
                    weighed++;
                    int said = decoded(text, i, length);
                    if (said >= 0 && (inWord(text, i, i + length) || !text.contains(Character.toString(said)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** @return true when letters stand right before and after {@code [from, to)}: "weâ€™ve", "MontrÃ©al" */
    private static boolean inWord(String text, int from, int to) {
        return from > 0 && to < text.length() && Character.isLetter(text.charAt(from - 1))
                && Character.isLetter(text.charAt(to));
    }

    /** The characters that open the sequences {@link #hasSureSign} looks for. */
    private static final char[] SIGN_LEADS = {'â', 'Ã', 'Â'};

    /** @return true when the character stands for a byte from {@code from} to {@code to} */
    private static boolean inRange(char c, int from, int to) {
        int b = byteOf(c);
        return b >= from && b <= to;
    }

    /**
     * @return the length of the sequence a lead character at {@code i} starts (2 to 4 characters: the lead and its
     *         continuation characters), or 0 when none stands there
     */
    private static int sequenceLength(String text, int i) {
        int lead = byteOf(text.charAt(i));
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > text.length()) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    /**
     * @return the code point the sequence says when read as UTF-8 (the bytes {@link #sequenceLength} found: a lead
     *         and its continuation bytes), or -1 when it is no valid UTF-8 (an overlong form, a surrogate, past
     *         U+10FFFF) or says a control character
     */
    private static int decoded(String text, int i, int length) {
        int lead = byteOf(text.charAt(i));
        int second = byteOf(text.charAt(i + 1));
        int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (int k = 1; k < length; k++) {
            cp = cp << 6 | byteOf(text.charAt(i + k)) & 0x3F;
        }
        boolean valid = switch (length) {
            case 2 -> true; // leads from 0xC2 on write no overlong form
            case 3 -> (lead != 0xE0 || second >= 0xA0) && (lead != 0xED || second <= 0x9F);
            default -> (lead != 0xF0 || second >= 0x90) && (lead != 0xF4 || second <= 0x8F);
        };
        return valid && !Character.isISOControl(cp) ? cp : -1;
    }

    /**
     * @return what Windows-1252 writes for a C1 control character (U+0080-U+009F, which a page read as ISO-8859-1
     *         shows for its curly quotes and dashes: "don\u0092t"), 0 where it writes nothing; the character itself
     *         for any other
     */
    static char windows1252(char c) {
        return c >= 0x80 && c <= 0x9F ? CP1252_HIGH[c - 0x80] : c;
    }

    /** @return the byte a character stands for in Windows-1252 or ISO-8859-1, or -1 for any other character */
    private static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        for (int b = 0; b < CP1252_HIGH.length; b++) {
            if (CP1252_HIGH[b] == c) {
                return 0x80 + b;
            }
        }
        return -1;
    }
}
