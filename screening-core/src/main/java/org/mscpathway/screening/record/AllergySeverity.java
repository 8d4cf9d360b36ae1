package org.mscpathway.screening.record;

/** Anaphylaxis is recorded as {@code SEVERE}. */
public enum AllergySeverity {
    MILD, MODERATE, SEVERE
}
