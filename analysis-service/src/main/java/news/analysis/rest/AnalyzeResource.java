package news.analysis.rest;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import news.analysis.ArticleAnalyzer;
import news.analysis.ArticleAnalyzer.Analysis;
import news.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Previews the analysis of a text; publishes nothing. */
@Path("/api/v1/analyze")
public class AnalyzeResource {

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse a title and body",
            description = "Themes with IPTC codes and evidence, countries, people and organisations, and tone. "
                    + "No story: a preview has no article id or time, and which story a text joins depends on what "
                    + "was published before it; stories come with articles.analyzed and the query API.")
    public Analysis analyze(@NotNull(message = "request body is empty") @Valid AnalyzeRequest request) {
        if (request.empty()) {
            throw InvalidInputException.badRequest("body", "nothing to analyse: the body is blank and there is no title");
        }
        return analyzer.analyze(request.title(), request.body(), request.language());
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse a plain text",
            description = "The posted text is the body; the headline and the language may come as query parameters "
                    + "(a headline alone, with an empty body, is analysed as one). "
                    + "Same answer and limits as the JSON form.")
    public Analysis analyzeText(String body, @QueryParam("title") String title, @QueryParam("language") String language) {
        AnalyzeRequest request = new AnalyzeRequest(title, body == null ? "" : body, language);
        Set<ConstraintViolation<AnalyzeRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return analyze(request);
    }
}
