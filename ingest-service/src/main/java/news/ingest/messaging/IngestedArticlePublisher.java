package news.ingest.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import news.events.CloudEventTypes;
import news.events.IngestedArticle;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Publishes articles to {@code articles.ingested}, keyed by article id, with CloudEvents headers. */
@ApplicationScoped
public class IngestedArticlePublisher {

    private static final URI SOURCE = URI.create("/ingest-service");

    @Inject
    @Channel("articles-ingested")
    Emitter<IngestedArticle> emitter;

    /** Sends the article and waits until Kafka has it (acks=all). */
    public void publish(IngestedArticle article, Duration timeout) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(article.id() + "-" + article.contentHash())
                        .withType(CloudEventTypes.ARTICLE_INGESTED)
                        .withSource(SOURCE)
                        .withSubject(article.id())
                        .withTimestamp(article.ingestedAt().atZone(ZoneOffset.UTC))
                        .build());
        emitter.send(Message.of(article, metadata)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        try {
            acked.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new PublishFailedException("Kafka refused the article: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException("Kafka did not acknowledge the article within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while publishing", e);
        }
    }

    /** The article could not be handed to Kafka; nothing was recorded as published. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
