package news.ingest.extract;

import java.time.OffsetDateTime;
import java.util.List;
import news.support.UnicodeText;

/**
 * What {@link ArticleExtractor} found in a page or a text. Any field but {@code authors}, {@code body} and
 * {@code wordCount} may be null when the source does not say; the extractor prefers "unknown" to a guess.
 *
 * @param title        the headline, without a site-name suffix
 * @param authors      person names, in byline order; empty when unknown (never site names, "Staff" or handles)
 * @param publishedAt  first publication; a date without a time of day is given as midnight UTC, a time without an
 *                     offset as UTC
 * @param modifiedAt   last modification, same conventions
 * @param language     ISO 639-1 code, detected from the text and cross-checked with the page's declaration
 * @param canonicalUrl absolute canonical URL (link rel=canonical, og:url, JSON-LD, or the page URL)
 * @param siteName     the publication's name
 * @param description  the page's summary (og:description or meta description)
 * @param imageUrl     absolute URL of the lead image
 * @param body         the article text only: paragraphs separated by a blank line ("\n\n"), headings as their own
 *                     paragraphs; empty when nothing was found
 * @param wordCount    words in {@code body}; Han and Kana characters count one word each, Hangul by word runs
 */
public record ExtractedArticle(
        String title,
        List<String> authors,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        String language,
        String canonicalUrl,
        String siteName,
        String description,
        String imageUrl,
        String body,
        int wordCount) {

    /**
     * Makes {@code authors} an unmodifiable non-null list and {@code body} non-null, and puts the text of every field
     * in Unicode's composed form (NFC, {@link UnicodeText#composed}), whatever form the page was written in; the
     * metadata fields also repaired if encoded twice ({@link Mojibake}; the extractor repairs the body).
     */
    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors.stream().map(ExtractedArticle::readable).toList());
        body = body == null ? "" : UnicodeText.composed(body);
        title = readable(title);
        siteName = readable(siteName);
        description = readable(description);
    }

    /** A metadata field as written: repaired if encoded twice (a JSON-LD value misses the page's repair), composed. */
    private static String readable(String field) {
        return UnicodeText.composed(Mojibake.repaired(field));
    }
}
