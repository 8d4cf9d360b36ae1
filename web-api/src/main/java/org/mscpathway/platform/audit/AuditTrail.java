package org.mscpathway.platform.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit trail ({@code msc.audit_entry}). The application only ever inserts; the database refuses
 * UPDATE, DELETE and TRUNCATE on the table. {@link #record} joins the caller's transaction, so an entry describing
 * a state change is committed or rolled back together with it.
 */
@Service
public class AuditTrail {

    static final int MAX_ACTION_LENGTH = 200;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param action what was attempted: an operation name, never submitted data
     * @param caseId the case concerned, or null
     */
    public void record(Actor actor, String action, UUID caseId, AuditOutcome outcome) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(outcome, "outcome");
        if (action == null || action.isBlank() || action.length() > MAX_ACTION_LENGTH) {
            throw new IllegalArgumentException(
                    "an audited action is a name of 1 to " + MAX_ACTION_LENGTH + " characters");
        }
        String[] roles = actor.roles().stream().map(Role::name).sorted().toArray(String[]::new);
        jdbc.sql("INSERT INTO msc.audit_entry (username, roles, action, case_id, outcome) VALUES (?, ?, ?, ?, ?)")
                .params(actor.username(), roles, action, caseId, outcome.name())
                .update();
    }

    /** Everything recorded about a case, oldest first: the case's timeline. */
    public List<AuditEntry> forCase(UUID caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return jdbc.sql("""
                        SELECT id, occurred_at, username, roles, action, case_id, outcome
                          FROM msc.audit_entry WHERE case_id = ? ORDER BY id""")
                .param(caseId)
                .query(AuditTrail::entry)
                .list();
    }

    /** The latest entries, newest first, for operators and tests. */
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("""
                        SELECT id, occurred_at, username, roles, action, case_id, outcome
                          FROM msc.audit_entry ORDER BY id DESC LIMIT ?""")
                .param(limit)
                .query(AuditTrail::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                roles(rs.getArray("roles")), rs.getString("action"), rs.getObject("case_id", UUID.class),
                AuditOutcome.valueOf(rs.getString("outcome")));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        return names.length == 0 ? Set.of()
                : Arrays.stream(names).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
