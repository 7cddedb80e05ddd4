package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt: nesting far deeper than any real page, tags that never close, markup that is not markup.
 * Each comes out without an error, in a bounded time (the bound is loose, many times what a loaded machine needs,
 * so it catches a blow-up, not a slow CI), and with the article text where there is one.
 */
class HostileHtmlTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String[] WORDS = ("ministers met on Thursday to discuss trade agreement officials said statement "
            + "released after talks harbour fishing fleet patrol boats budget regional fund coast guard weather season "
            + "farmers harvest prices markets exports imports tariffs quotas border crossing trucks drivers delays port "
            + "authority shipping containers cranes workers union strike wages hours contract negotiations mediator "
            + "government spokesman minister parliament vote opposition coalition election campaign rally voters").split(" ");

    /** Twenty different paragraphs of plain prose (the extractor drops a paragraph that repeats an earlier one). */
    private static String article() {
        return IntStream.range(0, 20).mapToObj(i -> {
            java.util.Random random = new java.util.Random(i);
            String words = IntStream.range(0, 30).mapToObj(w -> WORDS[random.nextInt(WORDS.length)])
                    .collect(Collectors.joining(" "));
            return "<p>Paragraph " + i + ": " + words + " in talks number " + i + ".</p>";
        }).collect(Collectors.joining());
    }

    private ExtractedArticle extract(String html) {
        return extract(html, null);
    }

    private ExtractedArticle extract(String html, String url) {
        return assertTimeoutPreemptively(BOUND, () -> extractor.fromHtml(html, url));
    }

    @Test
    void deepNestingKeepsTheArticle() {
        ExtractedArticle spans = extract("<html><body><article>" + "<span>".repeat(90_000) + article()
                + "</article></body></html>");
        assertTrue(spans.body().startsWith("Paragraph 0: "), spans.body());
        assertTrue(spans.body().contains("talks number 19."));

        ExtractedArticle divs = extract("<html><body>" + "<div>".repeat(90_000) + article() + "</body></html>");
        assertTrue(divs.body().contains("talks number 19."), divs.body());

        ExtractedArticle inline = extract("<html><body>" + "<b><i>".repeat(45_000) + article() + "</body></html>");
        assertTrue(inline.body().contains("talks number 19."), inline.body());

        // articles in articles in hidden blocks, of another post than the page's: done in time, and what comes out
        // (jsoup flattens nesting past its depth limit) is the text and nothing else
        ExtractedArticle otherPosts = extract("<html><body class=\"postid-1\">"
                + "<article class=\"post post-2\"><div hidden class=\"x\">".repeat(20_000) + article() + "</body></html>");
        assertTrue(otherPosts.body().isEmpty() || otherPosts.body().startsWith("Paragraph 0: "), otherPosts.body());
        ExtractedArticle articles = extract("<html><body>" + "<article><div hidden>".repeat(20_000) + article()
                + "</body></html>");
        assertTrue(articles.body().contains("talks number 19."), articles.body());
    }

    @Test
    void thousandsOfLikeBlocksAreLookedAtOnceEach() {
        // 30,000 sibling blocks of one class: the teaser-card check once compared each with all its siblings
        String prose = "<div class=\"item\"><p>Some prose that is long enough to count as a paragraph of the text.</p></div>";
        ExtractedArticle blocks = extract("<html><body>" + prose.repeat(30_000) + "</body></html>");
        assertTrue(blocks.body().startsWith("Some prose that is long enough"), blocks.body());

        String card = "<div class=\"card\"><a href=\"/other\"><img src=\"t.jpg\">A teaser for another story</a></div>";
        ExtractedArticle cards = extract("<html><body><div class=\"cards\">" + card.repeat(30_000) + "</div><article>"
                + article() + "</article></body></html>");
        assertTrue(cards.body().startsWith("Paragraph 0: ") && !cards.body().contains("teaser"), cards.body());
    }

    @Test
    void tensOfThousandsOfHeadlinesAreEachWeighedOnce() {
        // each h1 was looked for in the list of those kept before it
        String headlines = IntStream.range(0, 90_000).mapToObj(i -> "<h1>Headline number " + i + " of the page</h1>")
                .collect(Collectors.joining());
        ExtractedArticle page = extract("<html><head><title>A page title</title></head><body>" + headlines + article()
                + "</body></html>");
        assertEquals("A page title", page.title());
    }

    @Test
    void hundredsOfThousandsOfSiblingsToDropAreDroppedAtOnce() {
        // dropped one by one, each removal renumbered the siblings after it: this page took a minute
        ExtractedArticle comments = extract("<html><body>" + "<!-- an HTML comment -->".repeat(250_000) + "<article>"
                + article() + "</article></body></html>");
        assertTrue(comments.body().startsWith("Paragraph 0: ") && comments.body().contains("talks number 19."),
                comments.body());

        String byline = "<div class=\"byline\">By Jane Doe and John Smith</div>";
        ExtractedArticle bylines = extract("<html><body><div>" + byline.repeat(90_000) + article() + "</div></body></html>");
        assertTrue(bylines.body().startsWith("Paragraph 0: ") && !bylines.body().contains("Jane Doe"), bylines.body());
    }

    @Test
    void aPageOfMoreElementsThanAnyArticlePageIsRefusedAtOnce() {
        String divs = "<html><body>" + "<div>".repeat(ArticleExtractor.MAX_ELEMENTS) + article() + "</body></html>";
        UnreadablePageException refused = assertThrows(UnreadablePageException.class, () -> extract(divs));
        assertEquals("the page has more than 100,000 elements, more than any article page; it is not read",
                refused.getMessage());

        // fewer tags, more elements: the parser adds the table body and row each of these tables lacks
        String tables = "<html><body>" + "<table><td>x</table>".repeat(30_000);
        assertThrows(UnreadablePageException.class, () -> extract(tables));
    }

    @Test
    void elementsNestedInOneAnotherAreEachLookedAtOnce() {
        // each <time> held the rest of the page, whose text was read for a date, and each was walked up to the top
        // of the page for comment and sidebar classes: 25 s before
        ExtractedArticle times = extract("<html><body>" + "© 2025 <time class=\"x\"><time>\n<time>".repeat(16_000));
        assertEquals(16_000, times.wordCount());

        // each heading's text was built, and each was walked up for furniture classes: 25 s before
        ExtractedArticle headings = extract("<html><body>"
                + "<h1 class=\"byline\">A sentence of prose in a heading. <dt>".repeat(24_000));
        assertEquals("A sentence of prose in a heading.", headings.title());
    }

    @Test
    void thousandsOfInlineBylinesInOneBlockHaveItsTextReadOnce() {
        // whether each link sat in a sentence of its block was asked by building the block's text again: 29 s before
        ExtractedArticle links = extract("<html><body>"
                + "By Jane Doe, a sentence of prose. <a class=\"author byline\" href=/x>".repeat(9_000));
        assertEquals(java.util.List.of("Jane Doe"), links.authors());
    }

    @Test
    void markupTheParserFailsOnIsRefusedWithTheReason() {
        // jsoup 1.24.1 throws IndexOutOfBoundsException on formatting elements nested past its depth limit
        String nested = "<html><body>" + "<div><p><b>Words of the page ".repeat(600) + article() + "</body></html>";
        UnreadablePageException refused = assertThrows(UnreadablePageException.class, () -> extract(nested));
        assertEquals("the HTML parser fails on the page's markup (IndexOutOfBoundsException); it is not read",
                refused.getMessage());
    }

    @Test
    void metadataTooLongToBeMetadataIsNotTaken() {
        String authors = "{\"name\":\"Jane Doe\"},".repeat(100_000);
        ExtractedArticle page = extract("<html><head><title>" + "Title words ".repeat(100_000) + "</title>"
                + "<link rel=\"canonical\" href=\"https://example.org/" + "a/".repeat(5_000) + "\">"
                + "<meta property=\"og:site_name\" content=\"" + "Site ".repeat(1_000) + "\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[" + authors
                + "{\"name\":\"John Roe\"}]}</script></head><body><h1>The real headline of the story</h1>"
                + article() + "</body></html>", "https://example.org/2025/01/11/story");
        assertEquals("The real headline of the story", page.title());
        assertEquals("https://example.org/2025/01/11/story", page.canonicalUrl());
        assertEquals(null, page.siteName());
        assertEquals(java.util.List.of("Jane Doe"), page.authors());
    }

    @Test
    void brokenMarkupNeitherFailsNorHangs() {
        extract("<html><body>" + "<p>word word word word word word word word ".repeat(20_000) + "</body></html>");
        extract("<html><body>" + "<table><tr><td>".repeat(20_000) + article() + "</body></html>");
        ExtractedArticle garbage = extract("<html><body>" + "<<p>>a<</>div<x y='".repeat(45_000) + "</body></html>");
        assertTrue(garbage.wordCount() < 5, "markup debris is no article: " + garbage.body());
        ExtractedArticle unterminated = extract("<html><head><title>Cut off</title></head><body><article>" + article()
                + "<p>and then the page just st");
        assertTrue(unterminated.body().contains("talks number 19."));
    }
}
