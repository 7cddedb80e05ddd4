package news.query.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import news.events.AnalyzedArticle;
import news.events.EventJson;
import news.events.Topics;
import news.query.config.StoreRetryConfig;
import news.query.service.ReadModelWriter;
import news.query.service.ReadModelWriter.Outcome;
import news.support.DatabaseFailures;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Stores each record of {@code articles.analyzed}; the offset is committed only after the row is committed. A
 * record that is not a valid event, or that PostgreSQL refuses as data, goes to {@code articles.analyzed.dlq} and
 * the stream goes on. While PostgreSQL is unreachable (restarting, failing over, out of connections) the record is
 * stored again with a growing pause ({@code news.store-retry.*}) until it succeeds: the partition waits, nothing is
 * dead-lettered or skipped. Counts what it stored ({@code news_articles_stored_total{outcome}}), what it
 * dead-lettered ({@code news_dead_letters_total}) and times each article from its ingest to its committed row
 * ({@code news_ingest_to_stored_seconds}).
 */
@ApplicationScoped
public class AnalyzedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(AnalyzedArticleConsumer.class);

    @Inject
    ReadModelWriter writer;

    @Inject
    MeterRegistry metrics;

    @Inject
    StoreRetryConfig retry;

    private Timer ingestToStored;

    @PostConstruct
    void meters() {
        ingestToStored = Timer.builder("news.ingest.to.stored")
                .description("from the article's ingest (ingestedAt) to its row being committed in the read model;"
                        + " re-analysed articles count from their original ingest")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(metrics);
    }

    @Incoming("articles-analyzed")
    @Blocking
    public CompletionStage<Void> store(Message<String> record) {
        AnalyzedArticle analyzed;
        try {
            analyzed = EventJson.readAnalyzed(record.getPayload());
        } catch (RuntimeException e) {
            LOG.warnf("not an analysed article, dead-lettered: %s", e.getMessage());
            return deadLetter(record, e);
        }
        Duration pause = retry.initialDelay();
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome outcome = writer.store(analyzed); // returned: its transaction is committed
                if (attempt > 1) {
                    LOG.infof("stored %s at attempt %d, PostgreSQL is back", analyzed.id(), attempt);
                }
                counted(analyzed, outcome);
                return record.ack();
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isTransient(e)) {
                    LOG.errorf(e, "cannot store %s, dead-lettered", analyzed.id());
                    return deadLetter(record, e);
                }
                LOG.warnf("PostgreSQL unavailable storing %s (attempt %d), trying again in %s: %s", analyzed.id(),
                        attempt, pause, e.getMessage());
                metrics.counter("news.store.retries").increment();
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                // shutting down: neither ack nor nack, so the offset is not committed and the record comes again
                Thread.currentThread().interrupt();
                return new CompletableFuture<>();
            }
            Duration doubled = pause.multipliedBy(2);
            pause = doubled.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : doubled;
        }
    }

    private CompletionStage<Void> deadLetter(Message<String> record, RuntimeException e) {
        metrics.counter("news.dead.letters", "topic", Topics.ARTICLES_ANALYZED).increment();
        return record.nack(e);
    }

    private void counted(AnalyzedArticle analyzed, Outcome outcome) {
        metrics.counter("news.articles.stored", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        if (outcome == Outcome.INSERTED || outcome == Outcome.REPLACED) {
            Duration latency = Duration.between(analyzed.article().ingestedAt(), Instant.now());
            if (!latency.isNegative()) {
                ingestToStored.record(latency);
            }
        }
    }
}
