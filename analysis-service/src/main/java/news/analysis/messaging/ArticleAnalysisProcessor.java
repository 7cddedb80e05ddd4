package news.analysis.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.ZoneOffset;
import news.analysis.ArticleAnalyzer;
import news.events.AnalyzedArticle;
import news.events.CloudEventTypes;
import news.events.EventJson;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Analyses each article of {@code articles.ingested} and publishes the result to {@code articles.analyzed}. A
 * record that is not a valid article fails here and goes to {@code articles.ingested.dlq}; the stream goes on.
 */
@ApplicationScoped
public class ArticleAnalysisProcessor {

    private static final URI SOURCE = URI.create("/analysis-service");

    @Inject
    ArticleAnalyzer analyzer;

    @Incoming("articles-ingested")
    @Outgoing("articles-analyzed")
    public Message<AnalyzedArticle> analyze(String json) {
        AnalyzedArticle analyzed = analyzer.analyze(EventJson.readIngested(json));
        return Message.of(analyzed, Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(analyzed.id()).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(analyzed.id() + "-" + analyzed.article().contentHash() + "-a"
                                + analyzed.analysisVersion())
                        .withType(CloudEventTypes.ARTICLE_ANALYZED)
                        .withSource(SOURCE)
                        .withSubject(analyzed.id())
                        .withTimestamp(analyzed.analyzedAt().atZone(ZoneOffset.UTC))
                        .build()));
    }
}
