package org.mscpathway.workflow.pathway;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Physicians' decisions, append-only. */
@Component
record DecisionLog(JdbcClient jdbc, JsonColumns json) {

    /** @param confirmedBy the second physician of a four-eyes decision (an override), else null */
    void append(UUID caseId, PhysicianDecision decision, Integer planVersion, String decidedBy, String confirmedBy,
                Instant at) {
        Consent consent = decision.consent();
        jdbc.sql("""
                INSERT INTO msc.physician_decision (case_id, decision, comment, plan_version, consent_obtained_on,
                       consent_form_version, plan_changes, decided_by, confirmed_by, decided_at)
                VALUES (:caseId, :decision, :comment, :planVersion, :obtainedOn, :formVersion,
                        CAST(:changes AS jsonb), :decidedBy, :confirmedBy, :at)""")
                .param("caseId", caseId).param("decision", decision.decision().name())
                .param("comment", decision.comment()).param("planVersion", planVersion)
                .param("obtainedOn", consent == null ? null : Date.valueOf(consent.obtainedOn()))
                .param("formVersion", consent == null ? null : consent.formVersion())
                .param("changes", decision.planChanges() == null ? null : json.write(decision.planChanges()))
                .param("decidedBy", decidedBy).param("confirmedBy", confirmedBy).param("at", Timestamp.from(at)).update();
    }

    /** The changes of the latest request for changes on the case. */
    Optional<PlanChanges> latestRequestedChanges(UUID caseId) {
        return jdbc.sql("""
                SELECT plan_changes::text FROM msc.physician_decision
                 WHERE case_id = :caseId AND decision = 'REQUEST_CHANGES' ORDER BY id DESC LIMIT 1""")
                .param("caseId", caseId).query(String.class).optional().map(text -> json.read(text, PlanChanges.class));
    }

    List<RecordedDecision> all(UUID caseId) {
        return jdbc.sql("""
                SELECT decision, comment, plan_version, consent_obtained_on, consent_form_version, decided_by,
                       decided_at, confirmed_by
                  FROM msc.physician_decision WHERE case_id = :caseId ORDER BY id""")
                .param("caseId", caseId)
                .query((rs, n) -> new RecordedDecision(Decision.valueOf(rs.getString(1)), rs.getString(2),
                        (Integer) rs.getObject(3),
                        rs.getDate(4) == null ? null : new Consent(rs.getDate(4).toLocalDate(), rs.getString(5)),
                        rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list();
    }

}
