package org.mscpathway.workflow.pathway;

import java.time.Instant;

/**
 * A decision as recorded on the case (the justification of an override is {@code comment}). An override is
 * decided by the physician who proposed it and {@code confirmedBy} the second physician; null for other decisions.
 */
public record RecordedDecision(Decision decision, String comment, Integer planVersion, Consent consent,
                               String decidedBy, Instant decidedAt, String confirmedBy) {
}
