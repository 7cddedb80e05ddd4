package news.query.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells a failure of the database (down, restarting, out of connections: store the record again later) from a
 * failure of the record (it can never be stored: dead-letter it).
 */
final class StoreFailures {

    private StoreFailures() {
    }

    /**
     * Whether {@code failure} comes from PostgreSQL being unreachable or briefly unable to serve: a connection
     * exception (SQLSTATE class 08), insufficient resources (53), operator intervention such as a shutdown (57P),
     * a system error (58), a serialization failure or deadlock (40001, 40P01), a JDBC transient or recoverable
     * exception, or a pool failure that carries no SQLSTATE (an acquisition timeout). Data errors (22, 23, 42, ...)
     * and failures that are not SQL at all are not transient.
     */
    static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null) {
                    if (t.getCause() == null) {
                        return true;
                    }
                    continue;
                }
                return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                        || state.startsWith("58") || state.equals("40001") || state.equals("40P01");
            }
        }
        return false;
    }
}
