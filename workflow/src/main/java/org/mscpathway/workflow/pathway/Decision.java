package org.mscpathway.workflow.pathway;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a physician may decide, and at which step. Codes are the API's: approve, request-changes, … */
public enum Decision {
    APPROVE(Step.PLAN_APPROVAL),
    REJECT(Step.PLAN_APPROVAL),
    REQUEST_CHANGES(Step.PLAN_APPROVAL),
    CONFIRM_INELIGIBLE(Step.INELIGIBILITY_REVIEW),
    OVERRIDE(Step.INELIGIBILITY_REVIEW);

    private final Step step;

    Decision(Step step) {
        this.step = step;
    }

    public Step step() {
        return step;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Decision> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }
}
