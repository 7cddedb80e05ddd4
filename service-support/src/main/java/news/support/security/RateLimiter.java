package news.support.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client: each holds up to {@code burst} tokens and refills at {@code perSecond}; a request
 * takes one. Buckets idle for longer than the expiry are dropped, so the map stays as small as the set of
 * active clients.
 */
public final class RateLimiter {

    /** The answer for one request: allowed, or refused with the whole seconds to wait. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final double perSecond;
    private final double burst;
    private final long idleNanos;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long nextSweep;

    public RateLimiter(double perSecond, int burst, Duration idleExpiry, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate limit needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.idleNanos = idleExpiry.toNanos();
        this.clock = nanoClock;
        this.nextSweep = nanoClock.getAsLong() + idleNanos;
    }

    public RateLimiter(double perSecond, int burst, Duration idleExpiry) {
        this(perSecond, burst, idleExpiry, System::nanoTime);
    }

    /** Takes a token from {@code client}'s bucket if it has one. */
    public Decision acquire(String client) {
        long now = clock.getAsLong();
        sweep(now);
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            double elapsed = (now - bucket.updated) / 1e9;
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, 0);
            }
            long wait = (long) Math.ceil((1 - bucket.tokens) / perSecond);
            return new Decision(false, Math.max(1, wait));
        }
    }

    int clients() {
        return buckets.size();
    }

    private void sweep(long now) {
        if (now - nextSweep < 0) {
            return;
        }
        nextSweep = now + idleNanos;
        buckets.entrySet().removeIf(e -> now - e.getValue().updated > idleNanos);
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
