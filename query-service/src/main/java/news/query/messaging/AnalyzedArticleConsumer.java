package news.query.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import news.events.AnalyzedArticle;
import news.events.EventJson;
import news.events.Topics;
import news.query.config.StoreRetryConfig;
import news.query.service.ReadModelWriter;
import news.query.service.TransientFailures;
import news.query.service.ReadModelWriter.Outcome;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Stores each record of {@code articles.analyzed}; the offset is committed only after the row is committed. While
 * PostgreSQL cannot be reached the record is retried with backoff ({@code news.store-retry.*}), so an outage does
 * not empty the stream into the DLQ. A record that is not a valid event, or that the read model refuses, goes to
 * {@code articles.analyzed.dlq}; the stream goes on. Counts what it
 * stored ({@code news_articles_stored_total{outcome}}), what it dead-lettered ({@code news_dead_letters_total})
 * and times each article from its ingest to its committed row ({@code news_ingest_to_stored_seconds}).
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

    @jakarta.annotation.PostConstruct
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
    public void store(String json) {
        Outcome outcome;
        AnalyzedArticle article;
        try {
            article = EventJson.readAnalyzed(json);
            outcome = storeRetryingTransientFailures(article);
        } catch (RuntimeException e) {
            metrics.counter("news.dead.letters", "topic", Topics.ARTICLES_ANALYZED).increment();
            throw e;
        }
        // store() has returned: its transaction is committed
        metrics.counter("news.articles.stored", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        if (outcome == Outcome.INSERTED || outcome == Outcome.REPLACED) {
            Duration latency = Duration.between(article.article().ingestedAt(), Instant.now());
            if (!latency.isNegative()) {
                ingestToStored.record(latency);
            }
        }
    }

    private Outcome storeRetryingTransientFailures(AnalyzedArticle article) {
        Duration delay = retry.initialDelay();
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.store(article);
            } catch (RuntimeException e) {
                if (attempt >= retry.maxAttempts() || !TransientFailures.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("storing %s failed (attempt %d of %d, retrying in %s): %s", article.id(), attempt,
                        retry.maxAttempts(), delay, e.getMessage());
                metrics.counter("news.store.retries").increment();
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                Duration doubled = delay.multipliedBy(2);
                delay = doubled.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : doubled;
            }
        }
    }
}
