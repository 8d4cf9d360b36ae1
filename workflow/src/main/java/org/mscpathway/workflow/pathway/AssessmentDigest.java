package org.mscpathway.workflow.pathway;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one assessment of a case concluded, without the patient's data: what a line naming a case's outcome and its
 * main finding needs (a notification, the timeline).
 *
 * @param step         the step the case waited at when it ran ({@code NONE} once ended)
 * @param mode         {@code FULL} or {@code PARTIAL} (a data step's provisional look)
 * @param mainRuleId   the rule of its highest-severity finding (the first of equals), or null without findings
 * @param mainTitle    that rule's title, in the catalogue's English
 * @param missingItems what the evaluation named missing, e.g. {@code LOINC 2106-3}, {@code physicalExam.spo2Percent}
 */
public record AssessmentDigest(UUID caseId, String step, String mode, String outcome, String mainRuleId,
                               String mainTitle, List<String> missingItems, Instant assessedAt) {

    public AssessmentDigest {
        missingItems = List.copyOf(missingItems);
    }

    public boolean partial() {
        return "PARTIAL".equals(mode);
    }
}
