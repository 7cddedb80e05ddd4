package news.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void allowsTheBurstThenRefillsAtTheRatePerClient() {
        RateLimiter limiter = new RateLimiter(2, 3, Duration.ofMinutes(10), now::get);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("a").allowed(), "burst request " + i);
        }
        RateLimiter.Decision refused = limiter.acquire("a");
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(limiter.acquire("b").allowed(), "another client has its own bucket");

        now.addAndGet(500_000_000L); // half a second: one token at 2/s
        assertTrue(limiter.acquire("a").allowed());
        assertFalse(limiter.acquire("a").allowed());
    }

    @Test
    void retryAfterCoversTheWaitForOneToken() {
        RateLimiter limiter = new RateLimiter(0.1, 1, Duration.ofMinutes(10), now::get);
        assertTrue(limiter.acquire("slow").allowed());
        RateLimiter.Decision refused = limiter.acquire("slow");
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds());
    }

    @Test
    void forgetsIdleClients() {
        RateLimiter limiter = new RateLimiter(1, 1, Duration.ofSeconds(60), now::get);
        limiter.acquire("a");
        limiter.acquire("b");
        assertEquals(2, limiter.clients());
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        limiter.acquire("c");
        assertEquals(1, limiter.clients());
    }
}
