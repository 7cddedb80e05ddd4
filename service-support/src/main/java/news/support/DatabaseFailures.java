package news.support;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure of the database (down, restarting, out of connections: the same work succeeds later) from a
 * failure of the work itself (bad data, a bug: it fails again however often it is tried).
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether {@code failure} comes from PostgreSQL being unreachable or briefly unable to serve, judged by the
     * first SQL exception among its causes and suppressed exceptions (a commit that failed because the connection
     * died is a rollback with the driver's error suppressed): a connection exception (SQLSTATE class 08),
     * insufficient resources (53), operator intervention such as a shutdown (57P), a system error (58), a
     * serialization failure or deadlock (40001, 40P01), a JDBC transient or recoverable exception, or a pool
     * failure that carries no SQLSTATE (an acquisition timeout). Data errors (22, 23, 42, ...) and failures
     * without an SQL exception are not.
     */
    public static boolean isTransient(Throwable failure) {
        Boolean verdict = judge(failure, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        return verdict != null && verdict;
    }

    private static Boolean judge(Throwable t, Set<Throwable> seen, int depth) {
        if (t == null || depth > 20 || !seen.add(t)) {
            return null;
        }
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                    || state.startsWith("58") || state.equals("40001") || state.equals("40P01");
        }
        Boolean verdict = judge(t.getCause(), seen, depth + 1);
        if (verdict != null) {
            return verdict;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            verdict = judge(suppressed, seen, depth + 1);
            if (verdict != null) {
                return verdict;
            }
        }
        if (t instanceof SQLException) {
            return true; // no SQLSTATE anywhere below: the pool, not the database, gave up
        }
        return null;
    }
}
