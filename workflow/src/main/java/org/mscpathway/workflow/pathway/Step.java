package org.mscpathway.workflow.pathway;

import java.util.Arrays;
import java.util.Optional;

/** Where a case waits: one step per user task of the BPMN process {@code msc-screening}. */
public enum Step {
    MEDICAL_HISTORY("MedicalHistory", Role.COORDINATOR),
    PHYSICAL_EXAM("PhysicalExam", Role.COORDINATOR),
    INVESTIGATIONS("Investigations", Role.COORDINATOR),
    MISSING_DATA("MissingData", Role.COORDINATOR),
    INELIGIBILITY_REVIEW("IneligibilityReview", Role.PHYSICIAN),
    PLAN_APPROVAL("PlanApproval", Role.PHYSICIAN);

    private final String taskKey;
    private final Role performer;

    Step(String taskKey, Role performer) {
        this.taskKey = taskKey;
        this.performer = performer;
    }

    public String taskKey() {
        return taskKey;
    }

    /** The role whose worklist holds this step. */
    public Role performer() {
        return performer;
    }

    public static Optional<Step> ofTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }
}
