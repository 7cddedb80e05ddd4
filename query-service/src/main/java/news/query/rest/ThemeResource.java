package news.query.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import news.query.service.ArticleSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Themes and how many stored articles carry each. */
@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    @Inject
    ArticleSearch search;

    @GET
    @Operation(summary = "Count stored articles per theme, most frequent first")
    public List<ThemeCount> counts() {
        return search.themeCounts();
    }
}
