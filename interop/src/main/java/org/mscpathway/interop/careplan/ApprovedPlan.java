package org.mscpathway.interop.careplan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What the CarePlan is made of: the case, the patient's reference (MRN), the approved plan in the evaluation's
 * plan JSON shape ({@code indication, route, product, cellsPerAdministration, administrations, intervalWeeks,
 * premedication, monitoring, adjustments}), who approved it and when, and the informed consent recorded with the
 * approval.
 */
public record ApprovedPlan(UUID caseId, String patientReference, JsonNode plan, int planVersion, String rulesetVersion,
                           String approvedBy, Instant approvedAt, LocalDate consentObtainedOn,
                           String consentFormVersion) {

    public ApprovedPlan {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(patientReference, "patientReference");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(consentObtainedOn, "consentObtainedOn");
        Objects.requireNonNull(consentFormVersion, "consentFormVersion");
        plan = plan.deepCopy();
    }

    /** Never prints the patient's reference. */
    @Override
    public String toString() {
        return "ApprovedPlan[case " + caseId + ", plan version " + planVersion + "]";
    }
}
