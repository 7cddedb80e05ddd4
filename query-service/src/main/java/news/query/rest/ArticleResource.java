package news.query.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import news.query.mapping.ArticleMapper;
import news.query.service.ArticleFilter;
import news.query.service.ArticleSearch;
import news.query.service.Cursor;
import news.query.store.ArticleRecord;
import news.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The stored articles: filtered lists, newest first, with an opaque cursor; one article whole. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    @Inject
    ArticleSearch search;

    @GET
    @Operation(summary = "List articles, newest first")
    public ArticlePage list(
            @Parameter(description = "theme id, e.g. trade") @QueryParam("theme") String theme,
            @Parameter(description = "ISO 3166-1 alpha-2 country code, e.g. JP") @QueryParam("country") String country,
            @Parameter(description = "full-text query (web search syntax)") @QueryParam("q") String q,
            @Parameter(description = "published at or after (ISO-8601 date or date-time)") @QueryParam("from") String from,
            @Parameter(description = "published before (ISO-8601 date or date-time)") @QueryParam("to") String to,
            @Parameter(description = "page size, 1 to 200") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        ArticleFilter filter = new ArticleFilter(
                theme(theme), country(country), text(q), time("from", from), time("to", to), cursor(cursor),
                limit(limit));
        ArticleSearch.Page page = search.find(filter);
        return new ArticlePage(page.rows().stream().map(ArticleMapper::summary).toList(),
                page.next() == null ? null : page.next().encode());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its themes, their evidence, and its countries")
    public ArticleDetail get(@PathParam("id") String id) {
        if (id.length() > 64) {
            throw InvalidInputException.badRequest("id", "article ids are at most 64 characters");
        }
        ArticleRecord row = search.byId(id);
        if (row == null) {
            throw new NotFoundException("no article " + id);
        }
        return ArticleMapper.detail(row);
    }

    private static String theme(String value) {
        if (blank(value)) {
            return null;
        }
        String theme = value.strip().toLowerCase(Locale.ROOT);
        if (!theme.matches("[a-z][a-z0-9-]{0,63}")) {
            throw InvalidInputException.badRequest("theme", "not a theme id: use the ids of GET /api/v1/themes");
        }
        return theme;
    }

    private static String country(String value) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw InvalidInputException.badRequest("country", "use an ISO 3166-1 alpha-2 code such as JP");
        }
        return code;
    }

    private static String text(String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > 500) {
            throw InvalidInputException.badRequest("q", "full-text queries are at most 500 characters");
        }
        return value.strip();
    }

    private static Instant time(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.badRequest(name,
                    "not an ISO-8601 date (2025-01-11) or date-time (2025-01-11T13:04:00Z): " + text);
        }
    }

    private static int limit(String value) {
        if (blank(value)) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.badRequest("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static Cursor cursor(String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > 200) {
            throw InvalidInputException.badRequest("cursor", "not a cursor returned by this API");
        }
        try {
            return Cursor.decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badRequest("cursor", "not a cursor returned by this API");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
