package org.mscpathway.workflow.ruleset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mscpathway.workflow.pathway.RulesetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code msc.ruleset} table: one row per version, its catalogue document kept exactly as stored. */
@Component
record RulesetStore(JdbcClient jdbc) implements RulesetSource {

    /** Arbitrary, fixed key of the advisory lock that runs governance commands one at a time across a cluster. */
    private static final long GOVERNANCE_LOCK = 0x4d5343_52756cL;
    private static final String COLUMNS = """
            version, based_on, state, summary, author, approver, drafted_at, approved_at, effective_at, retired_at""";

    @Override
    public Optional<String> activeVersion() {
        return jdbc.sql("SELECT version FROM msc.ruleset WHERE state = 'ACTIVE'").query(String.class).optional();
    }

    @Override
    public Optional<String> document(String version) {
        return jdbc.sql("SELECT catalogue FROM msc.ruleset WHERE version = :version")
                .param("version", version).query(String.class).optional();
    }

    /** Held until the transaction ends: two activations never race for the active slot. */
    void lockGovernance() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", GOVERNANCE_LOCK).query(Object.class).single();
    }

    List<StoredRuleset> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM msc.ruleset ORDER BY drafted_at DESC, version")
                .query(RulesetStore::map).list();
    }

    Optional<StoredRuleset> find(String version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM msc.ruleset WHERE version = :version")
                .param("version", version).query(RulesetStore::map).optional();
    }

    /** Stores the shipped catalogue as the active version when nothing is stored yet; false if another did. */
    boolean seed(String version, String document, Instant now) {
        return jdbc.sql("""
                INSERT INTO msc.ruleset (version, state, catalogue, summary, author, drafted_at, effective_at)
                SELECT :version, 'ACTIVE', :document, 'The catalogue shipped with the platform', 'system', :now, :now
                 WHERE NOT EXISTS (SELECT 1 FROM msc.ruleset)
                ON CONFLICT DO NOTHING""")
                .param("version", version).param("document", document).param("now", Timestamp.from(now))
                .update() == 1;
    }

    void insertDraft(String version, String basedOn, String document, String summary, String author, Instant now) {
        jdbc.sql("""
                INSERT INTO msc.ruleset (version, based_on, state, catalogue, summary, author, drafted_at)
                VALUES (:version, :basedOn, 'DRAFT', :document, :summary, :author, :now)""")
                .param("version", version).param("basedOn", basedOn).param("document", document)
                .param("summary", summary).param("author", author).param("now", Timestamp.from(now)).update();
    }

    void approve(String version, String approver, Instant now) {
        jdbc.sql("""
                UPDATE msc.ruleset SET state = 'APPROVED', approver = :approver, approved_at = :now
                 WHERE version = :version AND state = 'DRAFT'""")
                .param("approver", approver).param("now", Timestamp.from(now)).param("version", version).update();
    }

    /** Retires the active version (if any) and activates this one; returns the version retired. */
    Optional<String> activate(String version, Instant now) {
        Optional<String> retired = activeVersion();
        jdbc.sql("UPDATE msc.ruleset SET state = 'RETIRED', retired_at = :now WHERE state = 'ACTIVE'")
                .param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                UPDATE msc.ruleset SET state = 'ACTIVE', effective_at = :now
                 WHERE version = :version AND state = 'APPROVED'""")
                .param("now", Timestamp.from(now)).param("version", version).update();
        return retired;
    }

    private static StoredRuleset map(ResultSet rs, int row) throws SQLException {
        return new StoredRuleset(rs.getString("version"), rs.getString("based_on"),
                RulesetState.valueOf(rs.getString("state")), rs.getString("summary"), rs.getString("author"),
                rs.getString("approver"), instant(rs, "drafted_at"), instant(rs, "approved_at"),
                instant(rs, "effective_at"), instant(rs, "retired_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
