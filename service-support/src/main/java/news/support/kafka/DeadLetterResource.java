package news.support.kafka;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import news.support.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Admin (API key always required): republishes the records of {@code <topic>.dlq} after a fix, for the topic the
 * service consumes ({@code news.dlq.consumed-topic}); a service that consumes none answers 404.
 */
@Path("/api/v1/admin/dlq")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @ConfigProperty(name = "news.dlq.consumed-topic")
    Optional<String> consumedTopic;

    @POST
    @Path("/{topic}/redrive")
    @Operation(summary = "Re-drive a dead-letter topic",
            description = "Republishes every record of <topic>.dlq not re-driven before to <topic>, once.")
    public DeadLetterRedrive.Result redrive(@PathParam("topic") String topic) {
        if (consumedTopic.isEmpty() || !consumedTopic.get().equals(topic)) {
            throw new InvalidInputException(404, "topic", consumedTopic
                    .map(t -> service + " re-drives " + t + " only")
                    .orElse(service + " consumes no topic, so it has no dead letters"));
        }
        return new DeadLetterRedrive(bootstrapServers, service + "-dlq-redrive").redrive(topic + ".dlq");
    }
}
