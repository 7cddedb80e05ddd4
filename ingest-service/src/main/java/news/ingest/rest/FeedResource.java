package news.ingest.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import news.ingest.config.FeedConfig;
import news.ingest.service.FeedPolling;
import news.ingest.store.FeedSubscription;
import news.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Feed subscriptions: subscribe, list with status, unsubscribe, poll now. */
@Path("/api/v1/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private static final Duration MAX_INTERVAL = Duration.ofDays(1);

    @Inject
    FeedConfig config;

    @Inject
    FeedPolling polling;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Subscribe to a feed", description = "It is polled at once, then every pollInterval."
            + " The address of a site's page moves to the feed the page names (link rel=alternate).")
    public Response subscribe(@NotNull(message = "request body is empty") @Valid FeedRequest request) {
        Duration interval = interval(request.pollInterval());
        String url = request.url().strip();
        if (FeedSubscription.count("url", url) > 0) {
            throw new InvalidInputException(409, "url", "already subscribed to " + url);
        }
        FeedSubscription feed = new FeedSubscription();
        feed.url = url;
        feed.source = request.source() == null || request.source().isBlank() ? null : request.source().strip();
        feed.pollIntervalSeconds = (int) interval.toSeconds();
        feed.createdAt = Instant.now();
        feed.nextPollAt = feed.createdAt;
        feed.persist();
        return Response.created(URI.create("/api/v1/feeds/" + feed.id)).entity(FeedView.of(feed)).build();
    }

    @GET
    @Operation(summary = "List subscriptions with their polling status")
    public List<FeedView> list() {
        return FeedSubscription.<FeedSubscription>listAll().stream()
                .sorted(java.util.Comparator.comparing(f -> f.id))
                .map(FeedView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription with its polling status")
    public FeedView get(@PathParam("id") long id) {
        return FeedView.of(find(id));
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Unsubscribe; articles already published stay")
    public Response unsubscribe(@PathParam("id") long id) {
        find(id).delete();
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/poll")
    @Operation(summary = "Poll the feed now and return its status")
    public FeedView pollNow(@PathParam("id") long id) {
        // poll first: the status is then read fresh, not from this request's persistence context
        polling.poll(id);
        return FeedView.of(find(id));
    }

    private static FeedSubscription find(long id) {
        FeedSubscription feed = FeedSubscription.findById(id);
        if (feed == null) {
            throw new NotFoundException("no feed " + id);
        }
        return feed;
    }

    private Duration interval(String value) {
        if (value == null || value.isBlank()) {
            return config.defaultPollInterval();
        }
        Duration interval;
        try {
            interval = value.strip().matches("\\d{1,9}") ? Duration.ofSeconds(Long.parseLong(value.strip()))
                    : Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.badRequest("pollInterval", "use an ISO-8601 duration such as PT15M, or seconds");
        }
        if (interval.compareTo(config.minPollInterval()) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw InvalidInputException.badRequest("pollInterval", "must be between " + config.minPollInterval()
                    + " and " + MAX_INTERVAL);
        }
        return interval;
    }
}
