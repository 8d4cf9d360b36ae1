package org.mscpathway.workflow.pathway;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who entered which data section of a case, append-only: nobody decides on a case whose data they entered. */
@Component
record CaseContributions(JdbcClient jdbc) {

    void record(UUID caseId, Step step, String username, Instant at) {
        jdbc.sql("""
                INSERT INTO msc.case_contribution (case_id, step, entered_by, entered_at)
                VALUES (:caseId, :step, :username, :at)""")
                .param("caseId", caseId).param("step", step.name()).param("username", username)
                .param("at", Timestamp.from(at)).update();
    }

    /** Who entered which data step of the case, and when, oldest first. */
    java.util.List<CaseHistory.Entered> all(UUID caseId) {
        return jdbc.sql("""
                SELECT step, entered_by, entered_at FROM msc.case_contribution
                 WHERE case_id = :caseId ORDER BY entered_at, id""")
                .param("caseId", caseId)
                .query((rs, n) -> new CaseHistory.Entered(Step.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    boolean entered(UUID caseId, String username) {
        return jdbc.sql("SELECT count(*) FROM msc.case_contribution WHERE case_id = :caseId AND entered_by = :username")
                .param("caseId", caseId).param("username", username).query(Long.class).single() > 0;
    }
}
