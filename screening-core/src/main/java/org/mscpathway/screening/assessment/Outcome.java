package org.mscpathway.screening.assessment;

/**
 * The verdict of an evaluation, declared in order of precedence: when several apply, the first one wins
 * (INELIGIBLE > INCOMPLETE > PHYSICIAN_REVIEW > ELIGIBLE_WITH_PRECAUTIONS > ELIGIBLE).
 */
public enum Outcome {
    INELIGIBLE, INCOMPLETE, PHYSICIAN_REVIEW, ELIGIBLE_WITH_PRECAUTIONS, ELIGIBLE;

    /** The more restrictive of the two. */
    public Outcome worst(Outcome other) {
        return other.ordinal() < ordinal() ? other : this;
    }

    /** Whether this outcome may lead to a treatment plan. */
    public boolean allowsPlan() {
        return this == PHYSICIAN_REVIEW || this == ELIGIBLE_WITH_PRECAUTIONS || this == ELIGIBLE;
    }
}
