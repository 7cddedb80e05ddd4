package news.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingTest {

    @Test
    void pageCharsetComesFromBomThenHttpHeaderThenMetaTag() throws Exception {
        byte[] meta = "<html><head><meta charset=\"windows-1252\"></head><body>Caf\u00e9</body></html>"
                .getBytes(Charset.forName("windows-1252"));
        assertTrue(Decoding.html(meta, null).contains("Café"));
        byte[] utf8 = "<html><body>Caf\u00e9 \u2013 na\u00efve</body></html>".getBytes(StandardCharsets.UTF_8);
        assertTrue(Decoding.html(utf8, null).contains("Café – naïve"), "UTF-8 when nothing is declared");
        assertTrue(Decoding.html(utf8, "utf-8").contains("Café"));
        byte[] bom = ("\uFEFF<p>Caf\u00e9</p>").getBytes(StandardCharsets.UTF_8);
        assertEquals("<p>Café</p>", Decoding.html(bom, "iso-8859-1"), "a BOM wins over the header");
        assertTrue(Decoding.html(utf8, "no-such-charset").contains("Café"), "an unknown charset is ignored");
    }

    @Test
    void textIsUtf8WhenValidElseWindows1252AndBinaryIsRefused() throws Exception {
        assertEquals("Café", Decoding.text("Café".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Café", Decoding.text("Café".getBytes(Charset.forName("windows-1252"))));
        Rejected binary = assertThrows(Rejected.class, () -> Decoding.text(new byte[] {'G', 'I', 'F', 0, 1}));
        assertEquals("binary content, not text or HTML", binary.getMessage());
    }

    @Test
    void pageDatesFindTheDatesTheExtractorReads() {
        assertTrue(PageDates.hasOwnDate("<meta property=\"article:published_time\" content=\"2024-01-02\">", null));
        assertTrue(PageDates.hasOwnDate("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-01-02\"}</script>", null));
        assertTrue(PageDates.hasOwnDate("<p><time datetime=\"2024-01-02\">2 Jan</time></p>", null));
        assertTrue(PageDates.hasOwnDate("<p>x</p>", "https://news.example/2024/01/02/story"));
        assertFalse(PageDates.hasOwnDate("<p>No date here.</p>", "https://news.example/story"));
    }

    @Test
    void linesLongerThanTheLimitAreSkippedWithoutLosingTheNextOne() throws Exception {
        byte[] input = ("short\r\n" + "x".repeat(50) + "\nnext\nlast").getBytes(StandardCharsets.UTF_8);
        Inputs.Lines lines = new Inputs.Lines(new ByteArrayInputStream(input), 20);
        assertArrayEquals("short".getBytes(StandardCharsets.UTF_8), lines.next());
        assertSame(Inputs.Lines.TOO_LONG, lines.next());
        assertArrayEquals("next".getBytes(StandardCharsets.UTF_8), lines.next());
        assertArrayEquals("last".getBytes(StandardCharsets.UTF_8), lines.next());
        assertEquals(null, lines.next());
    }
}
