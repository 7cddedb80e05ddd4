package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One small hand-written page per title/author/date rule. */
class ArticleExtractorMetadataTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String BODY = "<p>" + "The council approved the new cycling lanes after a long public consultation. ".repeat(4) + "</p>";

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void personalSiteNamedAfterItsAuthorKeepsTheAuthor() {
        String html = page("""
                <meta property="og:site_name" content="Sam Bossley"><meta name="author" content="Sam Bossley">
                """, "<article><h1>Thoughts on Zig</h1>" + BODY + "</article>");

        assertEquals(List.of("Sam Bossley"), extractor.fromHtml(html, null).authors());
    }

    @Test
    void jsonLdPersonWhoseNameStartsTheSiteNameIsKept() {
        String html = page("""
                <meta property="og:site_name" content="Myles Katherine Photography">
                <script type="application/ld+json">{"@type":"BlogPosting","headline":"Ten cameras",
                  "author":{"@type":"Person","name":"Myles Katherine"}}</script>
                """, "<article><h1>Ten cameras</h1>" + BODY + "</article>");

        assertEquals(List.of("Myles Katherine"), extractor.fromHtml(html, null).authors());
    }

    @Test
    void organisationSiteNameIsStillNoAuthor() {
        for (String site : List.of("Cleveland Clinic", "The Organized Mama", "Supermove", "Acme Media Group")) {
            String html = page("<meta property=\"og:site_name\" content=\"" + site + "\"><meta name=\"author\" content=\"" + site + "\">",
                    "<article><h1>Ten cameras</h1>" + BODY + "</article>");

            assertEquals(List.of(), extractor.fromHtml(html, null).authors(), site);
        }
    }

    @Test
    void bylineWithAColonOrAWrittenByLabel() {
        String colon = page("", "<h1>Mini-SGLang: Efficient Inference Engine</h1><p>by: <!-- -->Ziyi Xu<!-- -->, Dec 17, 2025</p>" + BODY);
        String written = page("", "<h1>Why Cheap SEO Does Not Work</h1>" + BODY + "<div><p>Written by John Crenshaw</p></div>");

        assertEquals(List.of("Ziyi Xu"), extractor.fromHtml(colon, null).authors());
        assertEquals(List.of("John Crenshaw"), extractor.fromHtml(written, null).authors());
    }
}
