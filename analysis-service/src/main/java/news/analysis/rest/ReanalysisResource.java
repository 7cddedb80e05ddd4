package news.analysis.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import news.analysis.messaging.Reanalysis;
import news.support.ProblemMappers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Re-analysis of the whole history after the taxonomy or the analysis changed. */
@Path("/api/v1/reanalysis")
@Produces(MediaType.APPLICATION_JSON)
public class ReanalysisResource {

    @Inject
    Reanalysis reanalysis;

    @POST
    @Operation(summary = "Re-analyse every article of articles.ingested with the current analysis",
            description = "Runs in the background beside the live stream; 409 while a run is in progress.")
    public Response start() {
        if (!reanalysis.start()) {
            return ProblemMappers.problem(409, "a re-analysis is already running", null);
        }
        return Response.accepted(reanalysis.status()).header("Location", "/api/v1/reanalysis").build();
    }

    @GET
    @Operation(summary = "Progress of the current or last re-analysis")
    public Reanalysis.Status status() {
        return reanalysis.status();
    }
}
