package news.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as extracted by ingest-service, the value of {@link Topics#ARTICLES_INGESTED}.
 *
 * @param schemaVersion version of this record's JSON shape
 * @param id            stable article id, see {@link ArticleIds}
 * @param url           the URL it was fetched from or posted with, if any
 * @param canonicalUrl  the page's canonical URL, if known
 * @param source        who published it (a site name or a user-given label)
 * @param title         headline
 * @param authors       bylines; empty when unknown
 * @param publishedAt   publication time as the page gives it, if known
 * @param language      ISO 639-1 code, if known
 * @param body          article text, paragraphs separated by a blank line
 * @param contentHash   hash of the normalised title and body; changes when the text changes
 * @param ingestedAt    when ingest-service accepted it
 * @param textSource    where the body came from: {@code page} (extracted from the article's page or posted
 *                      text), {@code feed-content} or {@code feed-summary} (the feed entry's own text, used when
 *                      the page could not be fetched)
 * @param feed          the feed it came from, for feed-borne articles
 */
public record IngestedArticle(
        int schemaVersion,
        @NotBlank String id,
        String url,
        String canonicalUrl,
        String source,
        String title,
        @NotNull List<String> authors,
        OffsetDateTime publishedAt,
        String language,
        @NotBlank String body,
        @NotBlank String contentHash,
        @NotNull Instant ingestedAt,
        String textSource,
        FeedInfo feed) {

    public static final int SCHEMA_VERSION = 1;

    /** {@link #textSource} of text extracted from the article's page or posted directly. */
    public static final String FROM_PAGE = "page";

    public IngestedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** An article extracted from its page or posted text, not from a feed. */
    public IngestedArticle(int schemaVersion, String id, String url, String canonicalUrl, String source, String title,
            List<String> authors, OffsetDateTime publishedAt, String language, String body, String contentHash,
            Instant ingestedAt) {
        this(schemaVersion, id, url, canonicalUrl, source, title, authors, publishedAt, language, body, contentHash,
                ingestedAt, FROM_PAGE, null);
    }
}
