package news.analysis.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import news.analysis.ArticleAnalyzer;
import news.events.AnalyzedArticle;
import news.events.EventJson;
import news.events.Topics;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Analyses each article of {@code articles.ingested}, places it in a story ({@link StoryIndex}) and publishes the
 * result to {@code articles.analyzed}. A
 * record that is not a valid article fails here and goes to {@code articles.ingested.dlq}; the stream goes on.
 */
@ApplicationScoped
public class ArticleAnalysisProcessor {

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    StoryIndex stories;

    @Inject
    MeterRegistry metrics;

    @Incoming("articles-ingested")
    @Outgoing("articles-analyzed")
    public Message<AnalyzedArticle> analyze(String json) {
        try {
            Message<AnalyzedArticle> analyzed = AnalyzedMessages.of(
                    stories.link(analyzer.analyze(EventJson.readIngested(json))));
            metrics.counter("news.articles.analyzed").increment();
            return analyzed;
        } catch (RuntimeException e) {
            metrics.counter("news.dead.letters", "topic", Topics.ARTICLES_INGESTED).increment();
            throw e;
        }
    }
}
