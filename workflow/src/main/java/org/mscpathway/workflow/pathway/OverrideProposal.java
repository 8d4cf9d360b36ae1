package org.mscpathway.workflow.pathway;

import java.time.Instant;

/** An override of an ABSOLUTE finding that waits for a second physician's confirmation before the pathway resumes. */
public record OverrideProposal(String proposedBy, String justification, Instant proposedAt) {
}
