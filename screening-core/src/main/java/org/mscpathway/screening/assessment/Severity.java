package org.mscpathway.screening.assessment;

/** How strongly a contraindication weighs, and the outcome it leads to on its own. */
public enum Severity {
    /** Must not receive MSC therapy. */
    ABSOLUTE(Outcome.INELIGIBLE),
    /** Only if a physician explicitly accepts the risk. */
    RELATIVE(Outcome.PHYSICIAN_REVIEW),
    /** Eligible, with the plan adjusted. */
    PRECAUTION(Outcome.ELIGIBLE_WITH_PRECAUTIONS);

    private final Outcome outcome;

    Severity(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
