package news.query.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.query.service.ArticleSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Themes and how many stored articles carry each. */
@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    @Inject
    ArticleSearch search;

    @GET
    @Operation(summary = "Count stored articles per theme, most frequent first (ETag; 304 on If-None-Match)")
    public Response counts(@Context Request request, @Context UriInfo uri) {
        return Conditional.respond(request, Conditional.tag(uri, search.maxSeq()), search::themeCounts);
    }
}
