package org.mscpathway.workflow.pathway;

import java.time.Instant;

/** A decision as recorded on the case (the justification of an override is {@code comment}). */
public record RecordedDecision(Decision decision, String comment, Integer planVersion, Consent consent,
                               String decidedBy, Instant decidedAt) {
}
