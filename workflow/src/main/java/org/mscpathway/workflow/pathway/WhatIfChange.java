package org.mscpathway.workflow.pathway;

import java.util.List;
import java.util.UUID;

/**
 * How a proposed ruleset would change one case's evaluation.
 *
 * @param team             the case's care team
 * @param patientReference the MRN: for callers allowed to see patient data only (the API drops it for the others)
 * @param fromVersion      the version of the case's latest assessment, which the proposal is compared against
 * @param rulesAppeared    rules that fire under the proposal and not under {@code fromVersion}
 * @param rulesDisappeared rules that fire under {@code fromVersion} and not under the proposal
 */
public record WhatIfChange(UUID caseId, String team, String patientReference, CaseStatus status, Step currentStep,
                           String fromVersion, String fromOutcome, String toOutcome, List<String> rulesAppeared,
                           List<String> rulesDisappeared) {

    public WhatIfChange {
        rulesAppeared = List.copyOf(rulesAppeared);
        rulesDisappeared = List.copyOf(rulesDisappeared);
    }

    public boolean outcomeChanges() {
        return !fromOutcome.equals(toOutcome);
    }

    /** The same case without patient data. */
    public WhatIfChange withoutPatientData() {
        return new WhatIfChange(caseId, team, null, status, currentStep, fromVersion, fromOutcome, toOutcome,
                rulesAppeared, rulesDisappeared);
    }
}
