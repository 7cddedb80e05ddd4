package news.query.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import news.events.AnalyzedArticle;
import news.events.EventJson;
import news.query.service.ReadModelWriter;
import news.support.DatabaseFailures;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Stores each record of {@code articles.analyzed}; the offset is committed only after the row is committed. A
 * record that is not a valid event, or that PostgreSQL refuses as data, goes to {@code articles.analyzed.dlq} and
 * the stream goes on. While PostgreSQL is unreachable (restarting, failing over, out of connections) the record is
 * stored again with a growing pause until it succeeds: the partition waits, nothing is dead-lettered or skipped.
 */
@ApplicationScoped
public class AnalyzedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(AnalyzedArticleConsumer.class);
    private static final long FIRST_PAUSE_MS = 100;
    private static final long MAX_PAUSE_MS = 5_000;

    @Inject
    ReadModelWriter writer;

    @Incoming("articles-analyzed")
    @Blocking
    public CompletionStage<Void> store(Message<String> record) {
        AnalyzedArticle analyzed;
        try {
            analyzed = EventJson.readAnalyzed(record.getPayload());
        } catch (RuntimeException e) {
            LOG.warnf("not an analysed article, dead-lettered: %s", e.getMessage());
            return record.nack(e);
        }
        long pause = FIRST_PAUSE_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                writer.store(analyzed);
                if (attempt > 1) {
                    LOG.infof("stored %s at attempt %d, PostgreSQL is back", analyzed.id(), attempt);
                }
                return record.ack();
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isTransient(e)) {
                    LOG.errorf(e, "cannot store %s, dead-lettered", analyzed.id());
                    return record.nack(e);
                }
                LOG.warnf("PostgreSQL unavailable storing %s (attempt %d), trying again in %d ms: %s", analyzed.id(),
                        attempt, pause, e.getMessage());
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                // shutting down: neither ack nor nack, so the offset is not committed and the record comes again
                Thread.currentThread().interrupt();
                return new CompletableFuture<>();
            }
            pause = Math.min(MAX_PAUSE_MS, pause * 2);
        }
    }
}
