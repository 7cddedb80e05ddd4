package news.ingest.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A JSON submission: a page ({@code html}) or plain text ({@code text}), with what the caller knows about it.
 *
 * @param url         where the page lives (http or https)
 * @param html        the page's HTML; exactly one of html and text
 * @param text        the article or page as plain text
 * @param source      publisher name to use instead of the page's
 * @param publishedAt publication time to use instead of the page's (ISO-8601 with offset)
 */
public record ArticleRequest(
        @Size(max = 2048) @Pattern(regexp = "(?i)https?://\\S+", message = "must be an absolute http(s) URL") String url,
        String html,
        String text,
        @Size(max = 200) String source,
        OffsetDateTime publishedAt) {
}
