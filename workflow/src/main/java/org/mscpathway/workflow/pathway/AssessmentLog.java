package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every evaluation of a case, kept with the step, mode and ruleset version it ran with. */
@Repository
class AssessmentLog {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    AssessmentLog(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(UUID caseId, String step, String mode, String outcome, String rulesetVersion, JsonNode body,
                Instant at) {
        jdbc.sql("""
                INSERT INTO msc.case_assessment (case_id, step, mode, outcome, ruleset_version, body, assessed_at)
                VALUES (:caseId, :step, :mode, :outcome, :rulesetVersion, :body::jsonb, :at)""")
                .param("caseId", caseId).param("step", step).param("mode", mode).param("outcome", outcome)
                .param("rulesetVersion", rulesetVersion).param("body", json.write(body))
                .param("at", Timestamp.from(at)).update();
    }

    /** The most recent assessment of the case, with when and at which step it was made. */
    Optional<Recorded> latest(UUID caseId) {
        return jdbc.sql("""
                SELECT step, mode, body::text, assessed_at FROM msc.case_assessment
                 WHERE case_id = :caseId ORDER BY id DESC LIMIT 1""")
                .param("caseId", caseId)
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getString(2), json.read(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /**
     * The latest assessment, without its body, of every open case and every case closed since the given instant
     * (the cases {@link CaseStore#openOrClosedSince} reads): what a what-if compares against.
     */
    java.util.Map<UUID, Header> latestHeaders(Instant closedSince) {
        java.util.Map<UUID, Header> headers = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (a.case_id) a.case_id, a.mode, a.outcome, a.ruleset_version, a.assessed_at
                  FROM msc.case_assessment a JOIN msc.screening_case c ON c.id = a.case_id
                 WHERE c.status = 'OPEN' OR c.closed_at >= :since
                 ORDER BY a.case_id, a.id DESC""")
                .param("since", java.sql.Timestamp.from(closedSince))
                .query(rs -> {
                    headers.put(rs.getObject(1, UUID.class), new Header(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return headers;
    }

    record Header(String mode, String outcome, String rulesetVersion, Instant assessedAt) {
    }

    record Recorded(String step, String mode, JsonNode body, Instant assessedAt) {
    }
}
