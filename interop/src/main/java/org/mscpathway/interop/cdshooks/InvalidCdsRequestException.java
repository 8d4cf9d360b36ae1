package org.mscpathway.interop.cdshooks;

/** A CDS Hooks request that does not follow the specification: names the field, e.g. {@code context.patientId}. */
public final class InvalidCdsRequestException extends RuntimeException {

    private final String field;

    public InvalidCdsRequestException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
