package org.mscpathway.workflow.pathway;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The override waiting for confirmation on each case, if any ({@code msc.override_proposal}). */
@Component
record OverrideProposals(JdbcClient jdbc) {

    void propose(UUID caseId, String proposedBy, String justification, Instant at) {
        jdbc.sql("""
                INSERT INTO msc.override_proposal (case_id, proposed_by, justification, proposed_at)
                VALUES (:caseId, :by, :justification, :at)""")
                .param("caseId", caseId).param("by", proposedBy).param("justification", justification)
                .param("at", Timestamp.from(at)).update();
    }

    Optional<OverrideProposal> pending(UUID caseId) {
        return jdbc.sql("SELECT proposed_by, justification, proposed_at FROM msc.override_proposal WHERE case_id = ?")
                .param(caseId)
                .query((rs, n) -> new OverrideProposal(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    void resolve(UUID caseId) {
        jdbc.sql("DELETE FROM msc.override_proposal WHERE case_id = ?").param(caseId).update();
    }
}
