package news.query.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import news.query.mapping.ArticleMapper;
import news.query.service.ArticleFilter;
import news.query.service.ArticleSearch;
import news.query.service.Cursor;
import news.query.service.SinceCursor;
import news.query.service.SortOrder;
import news.query.service.ThemeCatalog;
import news.query.store.ArticleRecord;
import news.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * The stored articles: filtered lists with an opaque cursor (newest first or by relevance), what was stored since
 * a previous answer, one article whole.
 */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    @Inject
    ArticleSearch search;

    @Inject
    ThemeCatalog themes;

    @Inject
    AnswerCache cache;

    @GET
    @Operation(summary = "List articles: newest first, by relevance, or what was stored since a previous answer")
    @APIResponses({
            @APIResponse(responseCode = "200", description = "a page; ETag and Cache-Control: no-cache"),
            @APIResponse(responseCode = "304", description = "If-None-Match matched: nothing changed"),
            @APIResponse(responseCode = "400", description = "a parameter is invalid (problem+json naming it)")})
    public Response list(@BeanParam FilterParams params,
            @Parameter(description = "published (default): newest first; relevance: best match for q first")
            @QueryParam("sort") String sort,
            @Parameter(description = "page size, 1 to 200") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "sinceCursor of a previous answer: only articles stored after it, oldest "
                    + "stored first") @QueryParam("since") String since,
            @Context Request request, @Context UriInfo uri) {
        ArticleFilter filter = params.toFilter(themes);
        SortOrder order = sort(sort, filter);
        Cursor after = FilterParams.cursor(cursor, order);
        Long sinceSeq = since(since);
        if (after != null && sinceSeq != null) {
            throw InvalidInputException.badRequest("cursor", "use either cursor or since, not both");
        }
        ArticleSearch.ListRequest listRequest = new ArticleSearch.ListRequest(filter, order, after, sinceSeq,
                FilterParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
        jakarta.ws.rs.core.EntityTag tag = Conditional.tag(uri, search.maxSeq());
        return Conditional.respond(request, tag, () -> cache.get(tag.getValue(), () -> {
            ArticleSearch.Page page = search.find(listRequest);
            return new ArticlePage(page.rows().stream().map(ArticleMapper::summary).toList(),
                    page.next() == null ? null : page.next().encode(), SinceCursor.encode(page.sinceSeq()));
        }));
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

    private static SortOrder sort(String value, ArticleFilter filter) {
        if (FilterParams.blank(value)) {
            return filter.text() != null ? SortOrder.RELEVANCE : SortOrder.PUBLISHED;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "published" -> SortOrder.PUBLISHED;
            case "relevance" -> {
                if (filter.text() == null) {
                    throw InvalidInputException.badRequest("sort", "sort=relevance needs a full-text query q");
                }
                yield SortOrder.RELEVANCE;
            }
            default -> throw InvalidInputException.badRequest("sort", "sort is published or relevance");
        };
    }

    private static Long since(String value) {
        if (FilterParams.blank(value)) {
            return null;
        }
        if (value.length() > 100) {
            throw InvalidInputException.badRequest("since", "not a sinceCursor returned by this API");
        }
        try {
            return SinceCursor.decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badRequest("since", "not a sinceCursor returned by this API");
        }
    }
}
