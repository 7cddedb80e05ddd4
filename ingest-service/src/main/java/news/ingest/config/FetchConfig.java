package news.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How ingest-service fetches feeds and pages. */
@ConfigMapping(prefix = "news.fetch")
public interface FetchConfig {

    /**
     * Host names or literal addresses the fetcher may contact although they are loopback or private (refused by
     * default, with cloud metadata addresses). Empty by default.
     */
    Optional<List<String>> allowedHosts();

    /** Connect and response timeout of one request. */
    @WithDefault("PT15S")
    Duration timeout();

    /** Largest feed or page accepted, in bytes (after decompression). */
    @WithDefault("10485760")
    int maxBytes();

    /** Pause between two requests to the same host. */
    @WithDefault("PT1S")
    Duration hostGap();

    /** The {@code User-Agent} sent. */
    @WithDefault("news-pipeline/0.1 (+https://github.com/)")
    String userAgent();
}
