package org.mscpathway.screening.record;

import java.util.Objects;

public record Allergy(String substance, String reaction, AllergySeverity severity) {

    public Allergy {
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(severity, "severity");
    }
}
