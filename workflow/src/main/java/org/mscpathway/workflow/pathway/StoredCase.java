package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A case row as stored: its care team, the pathway state and the validated JSON sections of the patient record.
 *
 * @param mrn the patient's reference, from its own column (the JSON sections are read only by the record reader)
 */
record StoredCase(UUID id, String team, String indication, CaseStatus status, Step currentStep, String rulesetVersion,
                  String openedBy, Instant openedAt, Instant updatedAt, Instant closedAt, Instant stepEnteredAt,
                  boolean overdue, String mrn, JsonNode patient, JsonNode medicalHistory, JsonNode physicalExam,
                  JsonNode investigations, Set<String> overriddenRules, int version) {

    boolean isOpen() {
        return status == CaseStatus.OPEN;
    }
}
