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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import news.query.mapping.ArticleMapper;
import news.query.service.ArticleSearch;
import news.query.service.Cursor;
import news.query.service.SortOrder;
import news.query.service.StoryQueries;
import news.query.service.ThemeCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Stories: articles about one event, grouped by the {@code storyId} analysis-service gives them. Lists take the
 * article filters (a story is listed when one of its articles passes) and carry an ETag like the article lists.
 */
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** Most articles listed with one story. */
    static final int MAX_STORY_ARTICLES = 500;

    /** A page of stories. */
    public record StoryPage(List<StoryQueries.Story> items, String nextCursor) {
    }

    /** A story and its articles, oldest first. */
    public record StoryDetail(StoryQueries.Story story, List<ArticleSummary> articles) {
    }

    @Inject
    StoryQueries stories;

    @Inject
    ArticleSearch search;

    @Inject
    ThemeCatalog themes;

    @Inject
    AnswerCache cache;

    @GET
    @Operation(summary = "Stories, newest last seen first, with article counts, first/last seen, themes, countries, "
            + "people and organisations (ETag; 304 on If-None-Match)")
    public Response list(@BeanParam FilterParams params,
            @Parameter(description = "page size, 1 to 100") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Context Request request, @Context UriInfo uri) {
        var filter = params.toFilter(themes);
        int size = FilterParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        Cursor after = FilterParams.cursor(cursor, SortOrder.PUBLISHED); // stories: newest last seen first
        EntityTag tag = Conditional.tag(uri, search.maxSeq());
        return Conditional.respond(request, tag, () -> cache.get(tag.getValue(), () -> {
            StoryQueries.Page page = stories.list(filter, after, size);
            return new StoryPage(page.stories(), page.next() == null ? null : page.next().encode());
        }));
    }

    @GET
    @Path("/{storyId}")
    @Operation(summary = "One story with its articles, oldest first (ETag; 304 on If-None-Match)")
    public Response get(@PathParam("storyId") String storyId, @Context Request request, @Context UriInfo uri) {
        String id = FilterParams.checkStoryId(storyId);
        EntityTag tag = Conditional.tag(uri, search.maxSeq());
        return Conditional.respond(request, tag, () -> cache.get(tag.getValue(), () -> {
            StoryQueries.Story story = stories.byId(id);
            if (story == null) {
                throw new NotFoundException("no story " + id);
            }
            return new StoryDetail(story, stories.articles(id, MAX_STORY_ARTICLES).stream()
                    .map(ArticleMapper::summary).toList());
        }));
    }

}
