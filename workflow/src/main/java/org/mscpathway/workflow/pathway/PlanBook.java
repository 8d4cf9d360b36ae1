package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mscpathway.screening.json.ScreeningJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The versions of each case's treatment plan; versions are only added, never changed. */
@Component
record PlanBook(JdbcClient jdbc, JsonColumns json) {

    int add(UUID caseId, JsonNode plan, String draftedBy, List<PlanChange> changes, Instant at) {
        int version = latest(caseId).map(p -> p.version() + 1).orElse(1);
        jdbc.sql("""
                INSERT INTO msc.treatment_plan (case_id, plan_version, body, drafted_by, changes, drafted_at)
                VALUES (:caseId, :version, :body::jsonb, :draftedBy, :changes::jsonb, :at)""")
                .param("caseId", caseId).param("version", version).param("body", json.write(plan))
                .param("draftedBy", draftedBy).param("changes", json.write(changes)).param("at", Timestamp.from(at))
                .update();
        return version;
    }

    Optional<PlanVersion> latest(UUID caseId) {
        return jdbc.sql("""
                SELECT plan_version, body::text, drafted_by, changes::text, drafted_at FROM msc.treatment_plan
                 WHERE case_id = :caseId ORDER BY plan_version DESC LIMIT 1""")
                .param("caseId", caseId).query(this::map).optional();
    }

    List<PlanVersion> all(UUID caseId) {
        return jdbc.sql("""
                SELECT plan_version, body::text, drafted_by, changes::text, drafted_at FROM msc.treatment_plan
                 WHERE case_id = :caseId ORDER BY plan_version""")
                .param("caseId", caseId).query(this::map).list();
    }

    private PlanVersion map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PlanVersion(rs.getInt(1), ScreeningJson.readPlan(json.read(rs.getString(2))), rs.getString(3),
                PlanChange.fromJson(json.read(rs.getString(4))), rs.getTimestamp(5).toInstant());
    }
}
