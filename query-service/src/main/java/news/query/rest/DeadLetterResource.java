package news.query.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import news.events.Topics;
import news.support.InvalidInputException;
import news.support.kafka.DeadLetterRedrive;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admin (API key always required): republishes the records of {@code articles.analyzed.dlq} after a fix. */
@Path("/api/v1/admin/dlq")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @POST
    @Path("/{topic}/redrive")
    @Operation(summary = "Re-drive a dead-letter topic",
            description = "Republishes every record of <topic>.dlq not re-driven before to <topic>, once.")
    public DeadLetterRedrive.Result redrive(@PathParam("topic") String topic) {
        if (!Topics.ARTICLES_ANALYZED.equals(topic)) {
            throw new InvalidInputException(404, "topic", "query-service re-drives " + Topics.ARTICLES_ANALYZED
                    + " only");
        }
        return new DeadLetterRedrive(bootstrapServers, "query-service-dlq-redrive").redrive(Topics.dlq(topic));
    }
}
