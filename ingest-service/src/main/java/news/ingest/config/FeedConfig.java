package news.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Feed subscriptions and their polling. */
@ConfigMapping(prefix = "news.feeds")
public interface FeedConfig {

    /** Interval used when a subscription gives none. */
    @WithDefault("PT15M")
    Duration defaultPollInterval();

    /** Shortest poll interval a subscription may ask for. */
    @WithDefault("PT1M")
    Duration minPollInterval();

    /** Longest wait after repeated errors (the back-off doubles the interval per failure up to this). */
    @WithDefault("PT6H")
    Duration maxBackoff();

    /** How often the scheduler looks for due feeds (a Quarkus scheduler interval such as {@code 5s}). */
    @WithDefault("5s")
    String tick();

    /** Most feeds polled in one scheduler tick. */
    @WithDefault("50")
    int maxFeedsPerTick();
}
