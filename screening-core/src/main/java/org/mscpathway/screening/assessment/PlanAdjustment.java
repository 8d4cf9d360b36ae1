package org.mscpathway.screening.assessment;

import java.util.Objects;

/** A change to the standard plan and the finding (rule) that caused it. */
public record PlanAdjustment(String ruleId, String change) {

    public PlanAdjustment {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(change, "change");
    }
}
