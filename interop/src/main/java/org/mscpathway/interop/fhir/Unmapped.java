package org.mscpathway.interop.fhir;

import java.util.Objects;

/**
 * Something in the Bundle that did not reach the patient record, or reached it only in part, and why:
 * {@code ("Observation/crp-1", "valueQuantity.comparator", "'<' is a bound, not a result: enter the value")}.
 * The coordinator reads these before confirming an import, so nothing is dropped silently.
 */
public record Unmapped(String resource, String element, String reason) {

    public Unmapped {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(reason, "reason");
    }
}
