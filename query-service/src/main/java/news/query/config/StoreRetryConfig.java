package news.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the consumer of {@code articles.analyzed} waits out a PostgreSQL that cannot be reached
 * ({@code news.store-retry.*}): the record is retried, its offset uncommitted, instead of going to the DLQ.
 */
@ConfigMapping(prefix = "news.store-retry")
public interface StoreRetryConfig {

    /** Attempts per record while the database is unreachable; then the record goes to the DLQ (re-drive it). */
    @WithDefault("12")
    int maxAttempts();

    /** The first pause between attempts, doubled each time up to {@link #maxDelay()}. */
    @WithDefault("PT0.5S")
    Duration initialDelay();

    /** The longest pause between attempts. */
    @WithDefault("PT15S")
    Duration maxDelay();
}
