package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt ({@link HostilePages}): nesting far deeper than any real page, tags that never close, markup that
 * is not markup. Each comes out without an error, in a bounded time (the bound is loose, many times what a loaded
 * machine needs, so it catches a blow-up, not a slow CI; {@code ./bench.sh hostile-pages} prints the times), and with
 * the article text where there is one.
 */
class HostileHtmlTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extract(String html) {
        return extract(html, null);
    }

    private ExtractedArticle extract(String html, String url) {
        return assertTimeoutPreemptively(BOUND, () -> extractor.fromHtml(html, url));
    }

    @Test
    void deepNestingKeepsTheArticle() {
        ExtractedArticle spans = extract(HostilePages.nestedSpans());
        assertTrue(spans.body().startsWith("Paragraph 0: "), spans.body());
        assertTrue(spans.body().contains("talks number 19."));

        ExtractedArticle divs = extract(HostilePages.nestedDivs());
        assertTrue(divs.body().contains("talks number 19."), divs.body());

        ExtractedArticle inline = extract(HostilePages.nestedInline());
        assertTrue(inline.body().contains("talks number 19."), inline.body());

        // articles in articles in hidden blocks, of another post than the page's: done in time, and what comes out
        // (jsoup flattens nesting past its depth limit) is the text and nothing else
        ExtractedArticle otherPosts = extract(HostilePages.otherPosts());
        assertTrue(otherPosts.body().isEmpty() || otherPosts.body().startsWith("Paragraph 0: "), otherPosts.body());
        ExtractedArticle articles = extract(HostilePages.nestedHiddenArticles());
        assertTrue(articles.body().contains("talks number 19."), articles.body());
    }

    @Test
    void thousandsOfLikeBlocksAreLookedAtOnceEach() {
        // 30,000 sibling blocks of one class: the teaser-card check once compared each with all its siblings
        ExtractedArticle blocks = extract(HostilePages.likeBlocks());
        assertTrue(blocks.body().startsWith("Some prose that is long enough"), blocks.body());

        ExtractedArticle cards = extract(HostilePages.teaserCards());
        assertTrue(cards.body().startsWith("Paragraph 0: ") && !cards.body().contains("teaser"), cards.body());
    }

    @Test
    void tensOfThousandsOfHeadlinesAreEachWeighedOnce() {
        // each h1 was looked for in the list of those kept before it
        ExtractedArticle page = extract(HostilePages.headlines());
        assertEquals("A page title", page.title());
    }

    @Test
    void hundredsOfThousandsOfSiblingsToDropAreDroppedAtOnce() {
        // dropped one by one, each removal renumbered the siblings after it: this page took a minute
        ExtractedArticle comments = extract(HostilePages.comments());
        assertTrue(comments.body().startsWith("Paragraph 0: ") && comments.body().contains("talks number 19."),
                comments.body());

        ExtractedArticle bylines = extract(HostilePages.bylines());
        assertTrue(bylines.body().startsWith("Paragraph 0: ") && !bylines.body().contains("Jane Doe"), bylines.body());
    }

    @Test
    void aPageOfMoreElementsThanAnyArticlePageIsRefusedAtOnce() {
        String divs = "<html><body>" + "<div>".repeat(ArticleExtractor.MAX_ELEMENTS) + HostilePages.article()
                + "</body></html>";
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
        ExtractedArticle times = extract(HostilePages.nestedTimes());
        assertEquals(16_000, times.wordCount());

        // each heading's text was built, and each was walked up for furniture classes: 25 s before
        ExtractedArticle headings = extract(HostilePages.nestedBylineHeadings());
        assertEquals("A sentence of prose in a heading.", headings.title());
    }

    @Test
    void thousandsOfInlineBylinesInOneBlockHaveItsTextReadOnce() {
        // whether each link sat in a sentence of its block was asked by building the block's text again: 29 s before
        ExtractedArticle links = extract(HostilePages.inlineBylines());
        assertEquals(java.util.List.of("Jane Doe"), links.authors());
    }

    @Test
    void markupTheParserFailsOnIsRefusedWithTheReason() {
        // jsoup 1.24.1 throws IndexOutOfBoundsException on formatting elements nested past its depth limit
        String nested = "<html><body>" + "<div><p><b>Words of the page ".repeat(600) + HostilePages.article()
                + "</body></html>";
        UnreadablePageException refused = assertThrows(UnreadablePageException.class, () -> extract(nested));
        assertEquals("the HTML parser fails on the page's markup (IndexOutOfBoundsException); it is not read",
                refused.getMessage());
    }

    @Test
    void metadataTooLongToBeMetadataIsNotTaken() {
        ExtractedArticle page = extract(HostilePages.longMetadata(), "https://example.org/2025/01/11/story");
        assertEquals("The real headline of the story", page.title());
        assertEquals("https://example.org/2025/01/11/story", page.canonicalUrl());
        assertEquals(null, page.siteName());
        assertEquals(java.util.List.of("Jane Doe"), page.authors());
    }

    @Test
    void brokenMarkupNeitherFailsNorHangs() {
        extract(HostilePages.unclosedParagraphs());
        extract(HostilePages.unclosedTables());
        ExtractedArticle garbage = extract(HostilePages.markupDebris());
        assertTrue(garbage.wordCount() < 5, "markup debris is no article: " + garbage.body());
        ExtractedArticle unterminated = extract("<html><head><title>Cut off</title></head><body><article>"
                + HostilePages.article() + "<p>and then the page just st");
        assertTrue(unterminated.body().contains("talks number 19."));
    }
}
