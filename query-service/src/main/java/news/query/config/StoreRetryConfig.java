package news.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the consumer of {@code articles.analyzed} waits out a PostgreSQL that cannot be reached
 * ({@code news.store-retry.*}): the record is stored again, its offset uncommitted, until PostgreSQL is back;
 * it never goes to the DLQ for an outage.
 */
@ConfigMapping(prefix = "news.store-retry")
public interface StoreRetryConfig {

    /** The first pause between attempts, doubled each time up to {@link #maxDelay()}. */
    @WithDefault("PT0.5S")
    Duration initialDelay();

    /** The longest pause between attempts. */
    @WithDefault("PT15S")
    Duration maxDelay();
}
