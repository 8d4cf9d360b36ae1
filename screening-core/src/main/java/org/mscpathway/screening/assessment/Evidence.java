package org.mscpathway.screening.assessment;

import java.util.Objects;

/** One data item that made a rule fire, e.g. {@code ("medication J01CA04", "active")}. Never the patient's identity. */
public record Evidence(String item, String value) {

    public Evidence {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(value, "value");
    }
}
