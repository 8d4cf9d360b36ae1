package org.mscpathway.screening.record;

import java.util.Locale;
import java.util.Objects;

/**
 * An allergy or earlier adverse reaction from the history. {@code atc} is the optional ATC code of the substance
 * (or of its class, e.g. J01C for the penicillins); {@code null} when not coded.
 */
public record Allergy(String substance, String reaction, AllergySeverity severity, String atc) {

    public Allergy {
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(severity, "severity");
        atc = atc == null || atc.isBlank() ? null : atc.trim().toUpperCase(Locale.ROOT);
    }

    /** An allergy recorded by name only. */
    public Allergy(String substance, String reaction, AllergySeverity severity) {
        this(substance, reaction, severity, null);
    }
}
