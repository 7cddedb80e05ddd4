package news.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.query.config.StreamConfig;
import news.query.mapping.ArticleMapper;
import news.query.service.ArticleFilter;
import news.query.service.ArticleSearch;
import news.query.store.SummaryReader;
import org.jboss.logging.Logger;

/**
 * Feeds the connected stream clients. One thread checks the newest stored sequence number every poll interval;
 * when it moved, each client whose position is behind gets the articles stored after its position that pass its
 * filter, as events whose id is the article's sequence number. Following the read model (not the consumer) means
 * every replica streams every article, whichever replica stored it, and a resume is the same query as a live
 * update.
 */
@ApplicationScoped
public class StreamHub {

    private static final Logger LOG = Logger.getLogger(StreamHub.class);

    /** One connected client and how far it has been sent. */
    static final class Client {
        final SseEventSink sink;
        final Sse sse;
        final ArticleFilter filter;
        volatile long position;
        volatile long lastSentNanos = System.nanoTime();

        Client(SseEventSink sink, Sse sse, ArticleFilter filter, long position) {
            this.sink = sink;
            this.sse = sse;
            this.filter = filter;
            this.position = position;
        }
    }

    @Inject
    StreamConfig config;

    @Inject
    ArticleSearch search;

    @Inject
    ObjectMapper json;

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService ticker;

    void start(@Observes StartupEvent event) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "article-stream");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        ticker.shutdownNow();
        clients.forEach(c -> c.sink.close());
    }

    /** Whether another client may connect. */
    boolean hasRoom() {
        return clients.size() < config.maxClients();
    }

    /**
     * Registers a client: it is sent what is stored after {@code after}, or from now on when null.
     */
    void add(SseEventSink sink, Sse sse, ArticleFilter filter, Long after) {
        long position = after != null ? after : search.maxSeq();
        Client client = new Client(sink, sse, filter, position);
        clients.add(client);
        send(client, sse.newEventBuilder().comment("connected").build());
    }

    int clientCount() {
        return clients.size();
    }

    private void tick() {
        try {
            clients.removeIf(c -> c.sink.isClosed());
            if (clients.isEmpty()) {
                return;
            }
            long newest = search.maxSeq();
            for (Client client : clients) {
                if (client.position < newest) {
                    catchUp(client, newest);
                }
                if (System.nanoTime() - client.lastSentNanos > config.keepAlive().toNanos()) {
                    send(client, client.sse.newEventBuilder().comment("keep-alive").build());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("stream check failed; trying again at the next one", e);
        }
    }

    private void catchUp(Client client, long newest) {
        List<SummaryReader.Row> rows = search.storedAfter(client.filter, client.position, config.batchSize());
        for (SummaryReader.Row row : rows) {
            if (!send(client, event(client.sse, row))) {
                return;
            }
            client.position = row.seq();
        }
        if (rows.size() < config.batchSize()) {
            // nothing more for this client's filter up to the newest row checked
            client.position = Math.max(client.position, newest);
        }
    }

    private OutboundSseEvent event(Sse sse, SummaryReader.Row row) {
        try {
            return sse.newEventBuilder()
                    .id(Long.toString(row.seq()))
                    .name("article")
                    .data(json.writeValueAsString(ArticleMapper.summary(row)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + row.id(), e);
        }
    }

    private boolean send(Client client, OutboundSseEvent event) {
        if (client.sink.isClosed()) {
            clients.remove(client);
            return false;
        }
        client.lastSentNanos = System.nanoTime();
        client.sink.send(event).whenComplete((ok, error) -> {
            if (error != null) {
                clients.remove(client);
                client.sink.close();
            }
        });
        return true;
    }
}
