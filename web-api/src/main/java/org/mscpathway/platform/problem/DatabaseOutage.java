package org.mscpathway.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database did not answer (restarting, unreachable, connections cut) rather than a
 * fault in the platform: the first is answered 503 with Retry-After, so clients and load balancers try again;
 * the second stays a 500 with a reference for the operators.
 */
final class DatabaseOutage {

    private static final int MAX_CAUSES = 10;

    private DatabaseOutage() {
    }

    static boolean explains(Throwable failure) {
        boolean endingTransaction = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.size() < MAX_CAUSES && seen.put(t, true) == null;
                t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && lostConnection(sql.getSQLState())) {
                return true;
            }
            // Commit or rollback failed in the driver: once the pool has cut a broken connection it only says
            // "Connection is closed", without an SQLSTATE.
            endingTransaction |= t instanceof TransactionSystemException;
            if (endingTransaction && t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down or starting up). */
    private static boolean lostConnection(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
