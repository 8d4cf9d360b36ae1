package org.mscpathway.interop.fhir;

import java.util.Objects;

/**
 * A document that is not valid FHIR R4 (or not a Bundle): names the resource ({@code Observation/obs-7}, or
 * {@code Bundle.entry[3]} when it has no id) and the element, never the patient's values.
 */
public final class InvalidFhirException extends RuntimeException {

    private final String resource;
    private final String element;
    private final String problem;

    public InvalidFhirException(String resource, String element, String problem) {
        super(resource + " " + element + ": " + problem);
        this.resource = Objects.requireNonNull(resource, "resource");
        this.element = Objects.requireNonNull(element, "element");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** {@code Observation/obs-7}, {@code Bundle.entry[3]} or {@code Bundle}. */
    public String resource() {
        return resource;
    }

    /** The element path inside that resource, e.g. {@code valueQuantity.value}. */
    public String element() {
        return element;
    }

    public String problem() {
        return problem;
    }
}
