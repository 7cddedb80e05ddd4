package news.ingest.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import news.language.LanguageGuesser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article from an HTML page or a plain text: title, authors, dates, language, canonical URL, site
 * name, description, lead image and the body text.
 *
 * <p>Metadata is read from the most trusted source that has it: JSON-LD (NewsArticle, Article, BlogPosting, ...,
 * including {@code @graph}), then OpenGraph and other {@code <meta>} tags, then {@code <time>} and microdata, then
 * visible bylines and datelines, then the URL. The body is found by text density (see {@code HtmlBody}) and plain
 * text by line density (see {@code TextPage}). Dates: a date without a time is midnight UTC; a time without an
 * offset is UTC.
 *
 * <p>Instances hold no mutable state: one instance may be shared by any number of threads. The language models
 * are loaded once per JVM on first use.
 */
public final class ArticleExtractor {

    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    /**
     * The most elements a page may have, counted in its markup before it is parsed and again after (the parser adds
     * some, such as the body and row of a table that has none). Article pages have a few thousand (the largest of the
     * 892 corpus pages has 4,976); most pages of 100,000, however nested or broken, are read within a second.
     */
    public static final int MAX_ELEMENTS = 100_000;

    /** Creates an extractor; cheap, all instances share the language models. */
    public ArticleExtractor() {
    }

    /**
     * Extracts the article of an HTML page.
     *
     * @param html    the page source; null or blank gives an empty article, and one without any markup is read as a
     *                plain text ({@link #fromText})
     * @param pageUrl the address the page was fetched from, or null; used to resolve relative URLs and as a
     *                last-resort source of the canonical URL and the date
     * @return the article, never null
     * @throws UnreadablePageException when the page has more than {@link #MAX_ELEMENTS} elements or the HTML parser
     *                                 fails on its markup
     */
    public ExtractedArticle fromHtml(String html, String pageUrl) {
        if (html == null || html.isBlank()) {
            return empty();
        }
        if (tags(html) > MAX_ELEMENTS) {
            throw tooLarge();
        }
        // repaired before it is read: reading normalises the text, and drops or collapses characters a sequence
        // encoded twice is made of (the soft hyphen of "â­\u0090", the no-break space of "Â\u00a0")
        Document doc = parse(Mojibake.repaired(html), pageUrl);
        PageElements elements = new PageElements(doc);
        if (elements.all().size() > MAX_ELEMENTS) {
            throw tooLarge();
        }
        if (doc.head().firstElementChild() == null && doc.body().firstElementChild() == null) {
            // no markup: a text sent as a page (a page copied as text)
            return textArticle(doc.body().wholeText(), pageUrl);
        }
        HtmlMetadata meta = new HtmlMetadata(doc, elements, pageUrl);
        // without the address it was fetched from, the page is where it says it is: its canonical address tells its
        // own links from other sites' (a list of deals, each a link to a shop)
        String address = pageUrl == null || pageUrl.isBlank() ? meta.canonicalUrl : pageUrl;
        // a page whose markup names no author is read as its text is: its lines before the furniture is pruned
        List<TextSegment> shown = meta.authors.isEmpty() && doc.body() != null ? TextSegment.cut(doc.body()) : null;
        HtmlBody.Article article = HtmlBody.extract(doc, meta.title, meta.description, meta.authors, address);
        List<String> paragraphs = article.paragraphs();
        List<String> authors = shown == null ? meta.authors : TextBylines.read(shown, article, meta.title);
        String body = String.join(PARAGRAPH_SEPARATOR, paragraphs);
        int words = Text.wordCount(body);
        if (meta.ldArticleBody != null && words < 50 && Text.wordCount(meta.ldArticleBody) > Math.max(50, 2 * words)) {
            body = String.join(PARAGRAPH_SEPARATOR, meta.ldArticleBody.strip().split("\\s*\\n\\s*"));
            words = Text.wordCount(body);
        }
        String repaired = Mojibake.repaired(body); // text that came escaped in a script's JSON missed the page's repair
        if (!repaired.equals(body)) {
            body = repaired;
            words = Text.wordCount(body);
        }
        String sample = body.isBlank() ? joinNonNull(meta.title, meta.description) : body;
        String language = LanguageGuesser.guess(sample, meta.declaredLanguage);
        return new ExtractedArticle(meta.title, authors, meta.publishedAt, meta.modifiedAt, language,
                meta.canonicalUrl, meta.siteName, meta.description, meta.imageUrl, body, words);
    }

    /**
     * Extracts the article of a plain text: a clean article, or the text of a whole page with its menus.
     * Without a title line above the article the title is null.
     *
     * @param text the text; null or blank gives an empty article, and an HTML document's source is read as a page
     *             ({@link #fromHtml})
     * @return the article, never null
     */
    public ExtractedArticle fromText(String text) {
        return fromText(text, null);
    }

    /**
     * As {@link #fromText(String)}, for a text whose address is known: a date in the address ("/2025/01/11/") is
     * its date when the text shows none, as for a page ({@link #fromHtml}), and it is the canonical URL.
     *
     * @param pageUrl the article's address, or null
     */
    public ExtractedArticle fromText(String text, String pageUrl) {
        if (text == null || text.isBlank()) {
            return empty();
        }
        if (isHtmlDocument(text)) {
            return fromHtml(text, pageUrl); // a page's source sent as text
        }
        return textArticle(text, pageUrl);
    }

    private static ExtractedArticle textArticle(String pastedText, String pageUrl) {
        if (pastedText.isBlank()) {
            return empty();
        }
        String text = Mojibake.repaired(pastedText);
        TextPage page = new TextPage(text, pageUrl);
        String body = String.join(PARAGRAPH_SEPARATOR, page.paragraphs);
        if (body.isBlank()) {
            // no prose line at all (a short note): keep the text itself
            body = String.join(PARAGRAPH_SEPARATOR, text.strip().split("\\s*\\n\\s*\\n\\s*"));
        }
        String language = LanguageGuesser.guess(body, null);
        String address = HtmlMetadata.webAddress(pageUrl);
        OffsetDateTime publishedAt = readDayFirstWhereWritten(text, language, page.publishedAt);
        if (publishedAt == null) {
            publishedAt = Dates.fromUrl(address);
        }
        OffsetDateTime modifiedAt = readDayFirstWhereWritten(text, language, page.modifiedAt);
        return new ExtractedArticle(page.title, page.authors, publishedAt, modifiedAt, language, address,
                null, null, null, body, Text.wordCount(body));
    }

    /**
     * A day read from a pasted text, read again day first ({@link Dates#dayFirst}) where the text writes its days so:
     * "05/10/2018" in a Portuguese text is the 5th of October, as a page declaring that language reads it, and so it is
     * on an English page that writes "13 October 2023" and never "October 13, 2023". The text is searched for such
     * dates only when the day reads both ways.
     */
    private static OffsetDateTime readDayFirstWhereWritten(String text, String language, OffsetDateTime date) {
        OffsetDateTime other = Dates.dayFirst(text, date);
        boolean dayFirst = other != null && !other.equals(date)
                && (Dates.writesDayFirst(language) || Dates.writesDaysFirstInWords(text));
        return dayFirst ? other : date;
    }

    /**
     * Whether the text is an HTML document's source: it opens (after white space, a byte order mark or comments in
     * its first kilobyte) with a doctype or an html element.
     */
    private static boolean isHtmlDocument(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).replace("\uFEFF", "").stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<!--") && head.contains("<html");
    }

    /** @return how many start tags the markup has, at most: a {@code <} followed by a letter */
    private static int tags(String html) {
        int n = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char c = html.charAt(i + 1);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                n++;
            }
        }
        return n;
    }

    /**
     * The page as jsoup parses it. jsoup (1.24.1) fails on some markup nested past its depth limit of 512:
     * {@code <div><p><b>x} written 507 times throws an IndexOutOfBoundsException. Such a page is refused with the
     * reason, not answered with an internal error.
     */
    private static Document parse(String html, String pageUrl) {
        try {
            return Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        } catch (RuntimeException e) {
            throw new UnreadablePageException("the HTML parser fails on the page's markup ("
                    + e.getClass().getSimpleName() + "); it is not read");
        }
    }

    private static UnreadablePageException tooLarge() {
        return new UnreadablePageException(String.format(Locale.ROOT,
                "the page has more than %,d elements, more than any article page; it is not read", MAX_ELEMENTS));
    }

    private static ExtractedArticle empty() {
        return new ExtractedArticle(null, List.of(), null, null, null, null, null, null, null, "", 0);
    }

    private static String joinNonNull(String a, String b) {
        return (a == null ? "" : a) + " " + (b == null ? "" : b);
    }
}
