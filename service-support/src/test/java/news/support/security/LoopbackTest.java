package news.support.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which client addresses are this machine's own, and so not rate-limited by default. */
class LoopbackTest {

    @Test
    void theMachinesOwnAddressesAreLoopback() {
        assertTrue(ApiGuard.isLoopback("127.0.0.1"));
        assertTrue(ApiGuard.isLoopback("127.10.0.3"));
        assertTrue(ApiGuard.isLoopback("::1"));
        assertTrue(ApiGuard.isLoopback("0:0:0:0:0:0:0:1"));
        assertTrue(ApiGuard.isLoopback("[::1]"));
        assertTrue(ApiGuard.isLoopback("::ffff:127.0.0.1"));
    }

    @Test
    void otherAddressesAndNamesAreNot() {
        assertFalse(ApiGuard.isLoopback("203.0.113.7"));
        assertFalse(ApiGuard.isLoopback("10.0.0.1"));
        assertFalse(ApiGuard.isLoopback("2001:db8::1"));
        assertFalse(ApiGuard.isLoopback("localhost"), "a name is never resolved");
        assertFalse(ApiGuard.isLoopback("unknown"));
        assertFalse(ApiGuard.isLoopback(""));
        assertFalse(ApiGuard.isLoopback(null));
    }
}
