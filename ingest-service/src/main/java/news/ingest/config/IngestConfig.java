package news.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of ingest-service. */
@ConfigMapping(prefix = "news.ingest")
public interface IngestConfig {

    /** Base URL of query-service, used for the {@code Location} of an accepted article. */
    @WithDefault("http://localhost:8083")
    String queryBaseUrl();

    /** How long to wait for Kafka to acknowledge a published article before answering 503. */
    @WithDefault("PT15S")
    java.time.Duration publishTimeout();
}
