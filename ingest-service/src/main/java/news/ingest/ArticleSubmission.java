package news.ingest;

import java.time.OffsetDateTime;

/**
 * A page or text handed to ingest-service, by any path (REST, feeds, backfill). Exactly one of {@code html} and
 * {@code text} is set.
 *
 * @param url         where the page lives, if known
 * @param html        the page's HTML
 * @param text        plain text: a clean article or the text of a whole page
 * @param source      who published it, when the caller knows better than the page
 * @param publishedAt publication time, when the caller knows better than the page
 */
public record ArticleSubmission(String url, String html, String text, String source, OffsetDateTime publishedAt) {

    public static ArticleSubmission html(String html, String url) {
        return new ArticleSubmission(url, html, null, null, null);
    }

    public static ArticleSubmission text(String text) {
        return new ArticleSubmission(null, null, text, null, null);
    }
}
