package org.mscpathway.workflow.pathway;

import java.time.Clock;
import java.util.UUID;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.json.ScreeningJson;
import org.mscpathway.screening.record.PatientRecord;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Evaluates a case with its ruleset, keeps the assessment and publishes AssessmentCompleted. */
@Component
record CaseEvaluation(
        CaseStore cases,
        CaseRecords records,
        AssessmentLog assessments,
        Rulesets rulesets,
        Outbox outbox,
        Clock clock) {

    Evaluated evaluate(UUID caseId, EvaluationMode mode) {
        StoredCase stored = cases.lock(caseId);
        Screening screening = rulesets.forCase(stored.rulesetVersion());
        PatientRecord record = records.of(stored, screening);
        Assessment assessment = screening.evaluate(record, mode);
        String step = stored.currentStep() == null ? null : stored.currentStep().name();
        assessments.append(caseId, step == null ? "NONE" : step, mode.name(), assessment.outcome().name(),
                assessment.rulesetVersion(), ScreeningJson.toJson(assessment), MainFinding.of(assessment),
                clock.instant());
        cases.recordAssessment(caseId, assessment);
        outbox.append(CaseEvent.of(CaseEventType.AssessmentCompleted, caseId, step, assessment.outcome().name(),
                CaseActor.SYSTEM, clock.instant()));
        return new Evaluated(stored, record, screening, assessment);
    }

    record Evaluated(StoredCase stored, PatientRecord record, Screening screening, Assessment assessment) {
    }
}
