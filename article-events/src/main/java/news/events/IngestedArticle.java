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
        @NotNull Instant ingestedAt) {

    public static final int SCHEMA_VERSION = 1;

    public IngestedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
