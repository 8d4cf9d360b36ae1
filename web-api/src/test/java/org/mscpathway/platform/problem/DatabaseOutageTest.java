package org.mscpathway.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the database not answering (503, try again) and which are faults (500). */
class DatabaseOutageTest {

    @Test
    void noConnectionFromThePoolIsAnOutage() {
        assertThat(DatabaseOutage.explains(new CannotGetJdbcConnectionException("pool",
                new SQLTransientConnectionException("timed out")))).isTrue();
        assertThat(DatabaseOutage.explains(new CannotCreateTransactionException("no connection"))).isTrue();
    }

    @Test
    void connectionCutDuringARollbackIsAnOutage() {
        assertThat(DatabaseOutage.explains(new TransactionSystemException("JDBC rollback failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
    }

    @Test
    void commitOnAConnectionThePoolHasClosedIsAnOutage() {
        assertThat(DatabaseOutage.explains(new TransactionSystemException("JDBC commit failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void anSqlExceptionWithoutStateOutsideCommitOrRollbackIsAFault() {
        assertThat(DatabaseOutage.explains(new IllegalStateException("wrapped", new SQLException("odd")))).isFalse();
    }

    @Test
    void serverShuttingDownOrStartingIsAnOutage() {
        assertThat(DatabaseOutage.explains(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutage.explains(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void badSqlAndConstraintViolationsAreFaultsNotOutages() {
        assertThat(DatabaseOutage.explains(new BadSqlGrammarException("query", "SELECT x",
                new SQLException("relation does not exist", "42P01")))).isFalse();
        assertThat(DatabaseOutage.explains(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.explains(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEndsTheSearch() {
        IllegalStateException first = new IllegalStateException("a");
        IllegalArgumentException second = new IllegalArgumentException("b", first);
        first.initCause(second);

        assertThat(DatabaseOutage.explains(first)).isFalse();
    }
}
