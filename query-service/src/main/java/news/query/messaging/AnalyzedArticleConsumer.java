package news.query.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import news.events.EventJson;
import news.query.service.ReadModelWriter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Stores each record of {@code articles.analyzed}; the offset is committed only after the row is committed. A
 * record that is not a valid event goes to {@code articles.analyzed.dlq}; the stream goes on.
 */
@ApplicationScoped
public class AnalyzedArticleConsumer {

    @Inject
    ReadModelWriter writer;

    @Incoming("articles-analyzed")
    @Blocking
    public void store(String json) {
        writer.store(EventJson.readAnalyzed(json));
    }
}
