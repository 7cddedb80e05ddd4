package news.analysis.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.ZoneOffset;
import news.events.AnalyzedArticle;
import news.events.CloudEventTypes;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** An analysed article as a Kafka message: keyed by article id, with CloudEvents headers. */
final class AnalyzedMessages {

    private static final URI SOURCE = URI.create("/analysis-service");

    private AnalyzedMessages() {
    }

    static Message<AnalyzedArticle> of(AnalyzedArticle analyzed) {
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
