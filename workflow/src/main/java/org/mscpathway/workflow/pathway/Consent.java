package org.mscpathway.workflow.pathway;

import java.time.LocalDate;

/** Informed consent, recorded with the approval: when it was obtained and on which version of the form. */
public record Consent(LocalDate obtainedOn, String formVersion) {
}
