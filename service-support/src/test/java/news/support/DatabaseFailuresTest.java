package news.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void postgresqlDownOrRestartingIsTransient() {
        assertTrue(DatabaseFailures.isTransient(new IllegalStateException("JDBC exception executing SQL",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseFailures.isTransient(new RuntimeException(
                new SQLException("the database system is starting up", "57P03"))));
        assertTrue(DatabaseFailures.isTransient(new SQLTransientConnectionException("refused")));
        assertTrue(DatabaseFailures.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseFailures.isTransient(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
    }

    @Test
    void aCommitThatLostItsConnectionIsTransient() {
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertTrue(DatabaseFailures.isTransient(new RuntimeException(rollback)));
    }

    @Test
    void badDataAndBugsAreNot() {
        assertFalse(DatabaseFailures.isTransient(new RuntimeException("could not execute statement",
                new SQLException("null value in column \"body\"", "23502"))));
        assertFalse(DatabaseFailures.isTransient(new RuntimeException(new SQLException("value too long", "22001"))));
        assertFalse(DatabaseFailures.isTransient(new SQLException("wrapped", new SQLException("duplicate", "23505"))));
        assertFalse(DatabaseFailures.isTransient(new NullPointerException("themes")));
        assertFalse(DatabaseFailures.isTransient(new IllegalArgumentException("bad", new IllegalStateException())));
    }
}
