package org.mscpathway.workflow.pathway;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.record.MedicalHistory;
import org.mscpathway.screening.record.Patient;
import org.mscpathway.screening.record.PhysicalExam;

/**
 * A case as the API shows it: its care team, pathway state, the data entered so far (a section not entered yet is
 * null; lab results as entered, unconverted), the latest assessment, the current plan with its versions, and the
 * physicians' decisions. {@code currentStep} is null once the case has ended.
 * {@code assessmentMode} says whether the latest assessment was a PARTIAL one (after a data step: its ELIGIBLE is
 * provisional) or the FULL evaluation; null before any. {@code pendingOverride} is an override waiting for a second
 * physician's confirmation, else null.
 */
public record CaseView(UUID id, String team, String indication, CaseStatus status, Step currentStep,
                       String rulesetVersion, String openedBy, Instant openedAt, Instant updatedAt,
                       Instant closedAt, boolean overdue, int version, Patient patient, MedicalHistory medicalHistory,
                       PhysicalExam physicalExam, Investigations investigations, Assessment assessment, PlanVersion plan,
                       List<PlanVersion> planVersions, List<RecordedDecision> decisions, Set<String> overriddenRules,
                       String assessmentMode, OverrideProposal pendingOverride) {
}
