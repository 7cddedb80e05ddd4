package news.query.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void connectionAndRestartFailuresAreRetriedDataFailuresAreNot() {
        assertTrue(TransientFailures.isTransient(new IllegalStateException("wrapped",
                new SQLException("Connection refused", "08001"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("terminating", "57P01"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLTransientConnectionException("pool"))));
        assertTrue(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01")));

        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("check", "23514"))));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("not JSON")));
        assertFalse(TransientFailures.isTransient(new SQLException("no state")));
    }
}
