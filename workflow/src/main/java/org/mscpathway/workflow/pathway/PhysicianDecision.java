package org.mscpathway.workflow.pathway;

import java.util.Objects;

/**
 * A physician's decision on a case. {@code comment} is mandatory for an override (the justification);
 * {@code consent} is mandatory for an approval; {@code planChanges} is required to request changes and optional
 * with an approval.
 */
public record PhysicianDecision(Decision decision, String comment, PlanChanges planChanges, Consent consent) {

    public PhysicianDecision {
        Objects.requireNonNull(decision, "decision");
    }
}
