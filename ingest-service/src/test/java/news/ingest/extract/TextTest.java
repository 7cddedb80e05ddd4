package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTest {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]+");
    /** A zero-width joiner or non-joiner after a character that is no space, before a space or the end. */
    private static final String JOINER_AT_END = "(?<=[^\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff])[\\u200c\\u200d]"
            + "(?=[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]|\\z)";

    @Test
    void normalizeCollapsesEveryKindOfSpaceToOneAndTrims() {
        assertEquals("a b c", Text.normalize("  a \t\n b\u00a0\u2009c\u3000 "));
        assertEquals("", Text.normalize(null));
        assertEquals("", Text.normalize(" \ufeff "));
        assertEquals("plain words stay", Text.normalize("plain words stay"));
        // hyphenation hints and word joiners are invisible, and would split the word for search and analysis
        assertEquals("Notfalldatensatz, ein Wort",
                Text.normalize("Not\u00adfall\u00adda\u2060ten\u00adsatz, ein \u00ad Wort"));
        // a page read as ISO-8859-1 shows C1 controls for Windows-1252's quotes and dashes
        assertEquals("don’t – “this”", Text.normalize("don\u0092t \u0096 \u0093this\u0094"));
        // an icon font's glyph (Font Awesome's envelope) is no text
        assertEquals("", Text.normalize("\uf0e0"));
        assertEquals("Mail us", Text.normalize("\uf0e0 Mail us"));
        // a page builder's zero-width joiner after a paragraph's stop joins nothing; inside an emoji or a word it stays
        assertEquals("on their own. Next", Text.normalize("on their own.\u200d Next\u200d"));
        assertEquals("\ud83d\udc69\u200d\ud83d\udcbb coder", Text.normalize("\ud83d\udc69\u200d\ud83d\udcbb coder"));
        assertEquals("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", Text.normalize("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"));
        assertEquals("\u200d", Text.normalize(" \u200d "), "alone, as the page printed it");
    }

    @Test
    void normalizeAgreesWithTheRegularExpressionOnRandomText() {
        char[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\r', '\u000b', '\f', '\u00a0', '\u2000', '\u200b', '\u200c',
            '\u202f', '\u205f', '\u3000', '\ufeff', '\u1680', '\u2028', '中', '.', '\u00ad', '\u2060', '\u0092', '\u009d', '\uf074',
            '\u200d'};
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            String normal = Text.normalize(text);
            String expected = text.replaceAll(JOINER_AT_END, "").replaceAll("[\u00ad\u2060\uf074]", "")
                    .replace('\u0092', '’');
            assertEquals(SPACES.matcher(expected).replaceAll(" ").strip(), normal,
                    () -> text.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
            assertEquals(normal.length(), Text.normalizedLength(text, false), text);
            assertEquals(Text.weightedLength(normal), Text.normalizedLength(text, true), text);
        }
    }
}
