package news.support.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Who may call a service's API ({@code news.security.*}). Clients send one of {@link #apiKeys()} in the
 * {@code X-API-Key} header. Every request that is not a read ({@code GET}/{@code HEAD}/{@code OPTIONS}) needs a
 * key, except the compute-only {@link #previewPaths()}; {@code /api/v1/admin/} always needs one. Reads need one
 * only when {@link #readOpen()} is false. {@code /q/*} (health, metrics, OpenAPI) and the dashboard's static files
 * stay open.
 */
@ConfigMapping(prefix = "news.security")
public interface SecurityConfig {

    /**
     * The accepted API keys ({@code NEWS_SECURITY_API_KEYS}, comma-separated so a new key can be added before the
     * old one is removed). None configured: every request that needs a key is refused with 401.
     */
    Optional<List<String>> apiKeys();

    /** Whether reads ({@code GET}/{@code HEAD} under {@code /api/}) are open to clients without a key. */
    @WithDefault("true")
    boolean readOpen();

    /**
     * Path prefixes of the compute-only previews ({@code POST /api/v1/extract}, {@code POST /api/v1/analyze}): they
     * publish and store nothing, so they are open without a key, rate-limited per client address.
     */
    @WithDefault("/api/v1/extract,/api/v1/analyze")
    List<String> previewPaths();

    /** The per-client rate limit on writes. */
    RateLimit rateLimit();

    /**
     * A token bucket per client (its API key, or its remote address when it sends none) for every request that
     * is not a read; refused requests get 429 with {@code Retry-After}.
     */
    interface RateLimit {

        /** Whether writes are rate-limited at all. */
        @WithDefault("true")
        boolean enabled();

        /** Sustained writes per second for a client with a valid key (the load benchmark sends 200/s). */
        @WithDefault("1000")
        double keyedPerSecond();

        /** Writes a keyed client may send at once before the sustained rate applies. */
        @WithDefault("2000")
        int keyedBurst();

        /** Sustained writes per second for a client without a key (the open previews), per remote address. */
        @WithDefault("10")
        double anonymousPerSecond();

        /** Writes a client without a key may send at once. */
        @WithDefault("30")
        int anonymousBurst();

        /**
         * Whether requests from this machine's own addresses (loopback) go unlimited: they are the operator's
         * scripts and benchmarks. A reverse proxy on the same machine must turn on address forwarding
         * ({@code quarkus.http.proxy.proxy-address-forwarding}) so that its clients are told apart and limited.
         */
        @WithDefault("true")
        boolean exemptLoopback();

        /** A client's bucket is forgotten after this long without a request. */
        @WithDefault("PT10M")
        Duration idleExpiry();
    }
}
