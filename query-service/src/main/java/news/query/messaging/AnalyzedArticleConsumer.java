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
import news.query.service.ReadModelWriter;
import news.query.service.ReadModelWriter.Outcome;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Stores each record of {@code articles.analyzed}; the offset is committed only after the row is committed. A
 * record that is not a valid event goes to {@code articles.analyzed.dlq}; the stream goes on. Counts what it
 * stored ({@code news_articles_stored_total{outcome}}), what it dead-lettered ({@code news_dead_letters_total})
 * and times each article from its ingest to its committed row ({@code news_ingest_to_stored_seconds}).
 */
@ApplicationScoped
public class AnalyzedArticleConsumer {

    @Inject
    ReadModelWriter writer;

    @Inject
    MeterRegistry metrics;

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
            outcome = writer.store(article);
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
}
