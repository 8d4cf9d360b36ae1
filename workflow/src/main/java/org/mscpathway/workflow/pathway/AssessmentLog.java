package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final ObjectMapper json;

    AssessmentLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(UUID caseId, String step, String mode, String outcome, String rulesetVersion, JsonNode body,
                Instant at) {
        try {
            jdbc.sql("""
                    INSERT INTO msc.case_assessment (case_id, step, mode, outcome, ruleset_version, body, assessed_at)
                    VALUES (:caseId, :step, :mode, :outcome, :rulesetVersion, :body::jsonb, :at)""")
                    .param("caseId", caseId).param("step", step).param("mode", mode).param("outcome", outcome)
                    .param("rulesetVersion", rulesetVersion).param("body", json.writeValueAsString(body))
                    .param("at", Timestamp.from(at)).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise assessment", e);
        }
    }

    /** The most recent assessment of the case, with when and at which step it was made. */
    Optional<Recorded> latest(UUID caseId) {
        return jdbc.sql("""
                SELECT step, mode, body::text, assessed_at FROM msc.case_assessment
                 WHERE case_id = :caseId ORDER BY id DESC LIMIT 1""")
                .param("caseId", caseId)
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getString(2), read(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment is unreadable", e);
        }
    }

    record Recorded(String step, String mode, JsonNode body, Instant assessedAt) {
    }
}
