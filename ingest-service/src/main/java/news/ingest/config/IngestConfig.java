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

    /**
     * How many pages are extracted at once (0: one per CPU core). Extraction is pure CPU work on pages of a few
     * hundred kilobytes: more at once than there are cores only makes each slower and every answer later.
     */
    @WithDefault("0")
    int extractionConcurrency();

    /**
     * How many times a made-up news page is extracted at startup, before the service takes pages (0: none): the
     * extractor's code is then compiled, and the first real pages are not several times slower than the rest.
     */
    @WithDefault("200")
    int warmUpPages();
}
