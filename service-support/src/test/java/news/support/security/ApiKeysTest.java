package news.support.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void acceptsEveryConfiguredKeySoKeysCanRotate() {
        ApiKeys keys = new ApiKeys(List.of("old-key", " new-key ", ""));
        assertTrue(keys.accepts("old-key"));
        assertTrue(keys.accepts("new-key"));
        assertFalse(keys.accepts("old-key2"));
        assertFalse(keys.accepts("old-ke"));
        assertFalse(keys.accepts(""));
        assertFalse(keys.accepts(null));
        assertFalse(keys.none());
    }

    @Test
    void noKeysAcceptsNothing() {
        ApiKeys keys = new ApiKeys(List.of(" ", ""));
        assertTrue(keys.none());
        assertFalse(keys.accepts(""));
        assertFalse(keys.accepts(" "));
        assertFalse(keys.accepts("anything"));
    }
}
