package news.query.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import news.query.service.ArticleFilter;
import news.query.service.ThemeCatalog;
import news.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Server-sent events: each article as it is stored (event {@code article}, data = the list summary JSON, id =
 * its stored sequence number), filtered like a list; comment lines keep idle connections open. A client that
 * reconnects with {@code Last-Event-ID} first gets what was stored after that event.
 */
@Path("/api/v1/stream")
public class StreamResource {

    @Inject
    StreamHub hub;

    @Inject
    ThemeCatalog themes;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Newly stored articles as server-sent events, filtered like GET /api/v1/articles")
    public void stream(@BeanParam FilterParams params,
            @Parameter(description = "id of the last event received: resume after it")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        ArticleFilter filter = params.toFilter(themes);
        Long after = lastEventId(lastEventId);
        if (!hub.hasRoom()) {
            throw new InvalidInputException(503, null, "too many stream clients; try again later");
        }
        hub.add(sink, sse, filter, after);
    }

    private static Long lastEventId(String value) {
        if (FilterParams.blank(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() > 19 || !text.chars().allMatch(Character::isDigit)) {
            throw InvalidInputException.badRequest("Last-Event-ID", "Last-Event-ID is the id of an event sent here");
        }
        return Long.parseLong(text);
    }
}
