package news.ingest.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Pages built to hurt the extractor: nesting far deeper than any real page, tens of thousands of like elements, tags
 * that never close, markup that is not markup. {@link HostileHtmlTest} says what comes out of each;
 * {@link HostilePagesBenchmark} times them.
 */
final class HostilePages {

    private static final String[] WORDS = ("ministers met on Thursday to discuss trade agreement officials said statement "
            + "released after talks harbour fishing fleet patrol boats budget regional fund coast guard weather season "
            + "farmers harvest prices markets exports imports tariffs quotas border crossing trucks drivers delays port "
            + "authority shipping containers cranes workers union strike wages hours contract negotiations mediator "
            + "government spokesman minister parliament vote opposition coalition election campaign rally voters").split(" ");

    private HostilePages() {
    }

    /** Twenty different paragraphs of plain prose (the extractor drops a paragraph that repeats an earlier one). */
    static String article() {
        return IntStream.range(0, 20).mapToObj(i -> {
            Random random = new Random(i);
            String words = IntStream.range(0, 30).mapToObj(w -> WORDS[random.nextInt(WORDS.length)])
                    .collect(Collectors.joining(" "));
            return "<p>Paragraph " + i + ": " + words + " in talks number " + i + ".</p>";
        }).collect(Collectors.joining());
    }

    static String nestedSpans() {
        return "<html><body><article>" + "<span>".repeat(90_000) + article() + "</article></body></html>";
    }

    static String nestedDivs() {
        return "<html><body>" + "<div>".repeat(90_000) + article() + "</body></html>";
    }

    static String nestedInline() {
        return "<html><body>" + "<b><i>".repeat(45_000) + article() + "</body></html>";
    }

    /** Articles in articles in hidden blocks, of another post than the page's. */
    static String otherPosts() {
        return "<html><body class=\"postid-1\">"
                + "<article class=\"post post-2\"><div hidden class=\"x\">".repeat(20_000) + article() + "</body></html>";
    }

    static String nestedHiddenArticles() {
        return "<html><body>" + "<article><div hidden>".repeat(20_000) + article() + "</body></html>";
    }

    /** 30,000 sibling blocks of one class. */
    static String likeBlocks() {
        String prose = "<div class=\"item\"><p>Some prose that is long enough to count as a paragraph of the text.</p></div>";
        return "<html><body>" + prose.repeat(30_000) + "</body></html>";
    }

    static String teaserCards() {
        String card = "<div class=\"card\"><a href=\"/other\"><img src=\"t.jpg\">A teaser for another story</a></div>";
        return "<html><body><div class=\"cards\">" + card.repeat(30_000) + "</div><article>" + article()
                + "</article></body></html>";
    }

    static String headlines() {
        String headlines = IntStream.range(0, 90_000).mapToObj(i -> "<h1>Headline number " + i + " of the page</h1>")
                .collect(Collectors.joining());
        return "<html><head><title>A page title</title></head><body>" + headlines + article() + "</body></html>";
    }

    static String comments() {
        return "<html><body>" + "<!-- an HTML comment -->".repeat(250_000) + "<article>" + article()
                + "</article></body></html>";
    }

    static String bylines() {
        String byline = "<div class=\"byline\">By Jane Doe and John Smith</div>";
        return "<html><body><div>" + byline.repeat(90_000) + article() + "</div></body></html>";
    }

    /** Each {@code <time>} holds the rest of the page. */
    static String nestedTimes() {
        return "<html><body>" + "© 2025 <time class=\"x\"><time>\n<time>".repeat(16_000);
    }

    /** Each byline heading holds the rest of the page. */
    static String nestedBylineHeadings() {
        return "<html><body>" + "<h1 class=\"byline\">A sentence of prose in a heading. <dt>".repeat(24_000);
    }

    static String inlineBylines() {
        return "<html><body>" + "By Jane Doe, a sentence of prose. <a class=\"author byline\" href=/x>".repeat(9_000);
    }

    static String unclosedParagraphs() {
        return "<html><body>" + "<p>word word word word word word word word ".repeat(20_000) + "</body></html>";
    }

    static String unclosedTables() {
        return "<html><body>" + "<table><tr><td>".repeat(20_000) + article() + "</body></html>";
    }

    static String markupDebris() {
        return "<html><body>" + "<<p>>a<</>div<x y='".repeat(45_000) + "</body></html>";
    }

    static String longMetadata() {
        String authors = "{\"name\":\"Jane Doe\"},".repeat(100_000);
        return "<html><head><title>" + "Title words ".repeat(100_000) + "</title>"
                + "<link rel=\"canonical\" href=\"https://example.org/" + "a/".repeat(5_000) + "\">"
                + "<meta property=\"og:site_name\" content=\"" + "Site ".repeat(1_000) + "\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[" + authors
                + "{\"name\":\"John Roe\"}]}</script></head><body><h1>The real headline of the story</h1>"
                + article() + "</body></html>";
    }

    /** Every page above that the extractor reads (not those it refuses), by name. */
    static Map<String, String> all() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("90,000 nested spans", nestedSpans());
        pages.put("90,000 nested divs", nestedDivs());
        pages.put("45,000 nested b and i", nestedInline());
        pages.put("20,000 nested hidden posts", otherPosts());
        pages.put("20,000 nested hidden articles", nestedHiddenArticles());
        pages.put("30,000 like blocks", likeBlocks());
        pages.put("30,000 teaser cards", teaserCards());
        pages.put("90,000 h1 headlines", headlines());
        pages.put("250,000 comments", comments());
        pages.put("90,000 bylines", bylines());
        pages.put("16,000 nested times", nestedTimes());
        pages.put("24,000 nested byline h1s", nestedBylineHeadings());
        pages.put("9,000 inline bylines", inlineBylines());
        pages.put("20,000 unclosed paragraphs", unclosedParagraphs());
        pages.put("20,000 unclosed tables", unclosedTables());
        pages.put("45,000 bits of markup debris", markupDebris());
        pages.put("metadata of 1 MB", longMetadata());
        return pages;
    }
}
