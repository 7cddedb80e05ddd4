package news.query.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class StoreFailuresTest {

    @Test
    void postgresqlDownOrRestartingIsTransient() {
        assertTrue(StoreFailures.isTransient(new JDBCConnectionException("I/O error",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(StoreFailures.isTransient(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(StoreFailures.isTransient(new RuntimeException(
                new SQLException("the database system is starting up", "57P03"))));
        assertTrue(StoreFailures.isTransient(new SQLTransientConnectionException("refused")));
        assertTrue(StoreFailures.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(StoreFailures.isTransient(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
    }

    @Test
    void badDataAndBugsAreNot() {
        assertFalse(StoreFailures.isTransient(new ConstraintViolationException("null value",
                new SQLException("null value in column", "23502"), "body")));
        assertFalse(StoreFailures.isTransient(new RuntimeException(new SQLException("value too long", "22001"))));
        assertFalse(StoreFailures.isTransient(new NullPointerException("themes")));
        assertFalse(StoreFailures.isTransient(new IllegalArgumentException("bad", new IllegalStateException())));
    }
}
