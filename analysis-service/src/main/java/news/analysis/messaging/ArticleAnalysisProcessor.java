package news.analysis.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import news.analysis.ArticleAnalyzer;
import news.events.AnalyzedArticle;
import news.events.EventJson;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Analyses each article of {@code articles.ingested} and publishes the result to {@code articles.analyzed}. A
 * record that is not a valid article fails here and goes to {@code articles.ingested.dlq}; the stream goes on.
 */
@ApplicationScoped
public class ArticleAnalysisProcessor {

    @Inject
    ArticleAnalyzer analyzer;

    @Incoming("articles-ingested")
    @Outgoing("articles-analyzed")
    public Message<AnalyzedArticle> analyze(String json) {
        return AnalyzedMessages.of(analyzer.analyze(EventJson.readIngested(json)));
    }
}
