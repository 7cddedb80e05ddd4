package news.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private FeedDocument parse(String document, String contentType) throws FeedParseException {
        return parser.parse(document.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @Test
    void readsAtomWithContentAuthorsAndCategories() throws Exception {
        FeedDocument feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire &amp; Co</title>
                <entry><id>urn:a1</id><title type="html">Talks &lt;b&gt;resume&lt;/b&gt;</title>
                <link href="https://news.example/a1"/><updated>2025-01-11T13:04:00+02:00</updated>
                <author><name>Ana Silva</name></author><category term="Diplomacy"/>
                <content type="html">&lt;p&gt;Full text.&lt;/p&gt;</content></entry></feed>""", "application/atom+xml");
        assertEquals("Wire & Co", feed.title());
        FeedEntry entry = feed.entries().get(0);
        assertEquals("guid:urn:a1", entry.key());
        assertEquals("Talks resume", entry.title());
        assertEquals("https://news.example/a1", entry.link());
        assertEquals(List.of("Ana Silva"), entry.authors());
        assertEquals(List.of("Diplomacy"), entry.categories());
        assertTrue(entry.fullContent());
        assertEquals("2025-01-11T11:04Z", entry.publishedAt().toString());
    }

    @Test
    void readsJsonFeed() throws Exception {
        FeedDocument feed = parse("""
                {"version":"https://jsonfeed.org/version/1.1","title":"JSON News","items":[
                 {"id":"1","url":"https://news.example/1","title":"One","content_text":"Plain text.",
                  "date_published":"2025-01-11T13:04:00+02:00","authors":[{"name":"Li Wei"}],"tags":["Trade"]}]}
                """, "application/feed+json");
        assertEquals("json_feed_1.1", feed.format());
        FeedEntry entry = feed.entries().get(0);
        assertEquals("guid:1", entry.key());
        assertEquals(List.of("Li Wei"), entry.authors());
        assertEquals(List.of("Trade"), entry.categories());
        assertTrue(entry.contentHtml().contains("Plain text."));
    }

    @Test
    void windowsQuotesLabelledLatin1OrWrittenAsTheirCodesAreReadAsMeant() throws Exception {
        // the bytes of windows-1252 under an ISO-8859-1 label: 0x93 and 0x94 are its curly quotes, 0x92 its apostrophe
        byte[] latin1 = ("<?xml version='1.0' encoding='iso-8859-1'?><rss version='2.0'><channel><title>Feed</title>"
                + "<item><title>Don\u0092t say \u0093never\u0094</title><link>https://example.org/a</link>"
                + "<description>This is a \u00a3\u0093test.\u0094</description></item></channel></rss>")
                .getBytes(StandardCharsets.ISO_8859_1);
        FeedEntry entry = parser.parse(latin1, null).entries().get(0);
        assertEquals("Don’t say “never”", entry.title());
        assertEquals("This is a £“test.”", entry.contentHtml());
        // the same code points as character references, in a UTF-8 feed
        FeedEntry referenced = parse("<rss version='2.0'><channel><title>Feed</title><item><title>don&#146;t</title>"
                + "<link>https://example.org/b</link></item></channel></rss>", "application/rss+xml").entries().get(0);
        assertEquals("don’t", referenced.title());
    }

    @Test
    void aFeedServedGzipCompressedWithoutSayingSoIsUnpackedWithinTheLimit() throws Exception {
        byte[] feed = ("<rss version='2.0'><channel><title>Feed</title><item><title>Packed</title>"
                + "<link>https://example.org/p</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        assertEquals("Packed", parser.parse(gzip(feed), null).entries().get(0).title());
        assertEquals("Packed", parser.parse(gzip(gzip(feed)), null).entries().get(0).title());
        assertEquals("Packed", parser.parse(gzip(feed), "application/x-gzip").entries().get(0).title());
        FeedParseException thrice = assertThrows(FeedParseException.class,
                () -> parser.parse(gzip(gzip(gzip(feed))), null));
        assertEquals("feed gzip-compressed more than twice", thrice.getMessage());
        // a small file that unpacks to more than the limit
        FeedParseException bomb = assertThrows(FeedParseException.class,
                () -> new FeedParser(10_000).parse(gzip(new byte[1_000_000]), null));
        assertTrue(bomb.getMessage().contains("unpacks to more than the limit"), bomb.getMessage());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aWebPageIsRefusedWithTheFeedItNames() throws Exception {
        PageNotFeedException page = assertThrows(PageNotFeedException.class, () -> parse("<!DOCTYPE html><html><head>"
                + "<link rel='stylesheet' href='/style.css'><link rel='alternate' type='application/rss+xml' "
                + "title='News' href='/rss/news.xml'></head><body>Hello</body></html>", "text/html"));
        assertEquals("/rss/news.xml", page.namedFeed());
        assertEquals("a web page, not a feed; it names the feed /rss/news.xml", page.getMessage());
        PageNotFeedException bare = assertThrows(PageNotFeedException.class,
                () -> parse("  <html><body>Hello</body></html>", null));
        assertEquals("a web page, not a feed, and it names no feed", bare.getMessage());
        // markup jsoup fails on (nested past its depth limit) is still a page, not an internal error
        PageNotFeedException unreadable = assertThrows(PageNotFeedException.class,
                () -> parse("<html><body>" + "<div><p><b>x".repeat(600) + "</body></html>", "text/html"));
        assertEquals("a web page, not a feed, and it names no feed", unreadable.getMessage());
        // a feed labelled text/html by its server is still a feed
        assertEquals("Feed", parse("<rss version='2.0'><channel><title>Feed</title></channel></rss>", "text/html").title());
    }

    @Test
    void refusesWhatIsNotAFeedWithAReason() {
        assertThrows(FeedParseException.class, () -> parse("", null));
        assertThrows(FeedParseException.class, () -> parse("<html><body>Hello</body></html>", "text/html"));
        assertThrows(FeedParseException.class, () -> parse("{\"hello\": 1}", "application/json"));
        FeedParseException tooBig = assertThrows(FeedParseException.class,
                () -> new FeedParser(100).parse(new byte[101], null));
        assertTrue(tooBig.getMessage().contains("exceeds"));
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>t</title><item><title>x&secret;y</title>
                <link>https://news.example/x</link></item></channel></rss>""";
        try {
            FeedDocument feed = parse(xxe, null);
            String title = feed.entries().get(0).title();
            assertFalse(title.length() > 2 && !title.equals("xy"), "no file content in the title: " + title);
        } catch (FeedParseException refused) {
            // refusing the document is as good
        }
    }

    @Test
    void entityExpansionBombsAreRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 12; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]><rss version=\"2.0\"><channel><title>&a11;</title></channel></rss>");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThrows(FeedParseException.class, () -> parse(bomb.toString(), null)));
    }
}
