package org.mscpathway.platform.interop;

/** No FHIR import is waiting for the coordinator's confirmation on this case. The message names ids and steps, never patient data. */
final class NoFhirImportException extends RuntimeException {

    NoFhirImportException(String message) {
        super(message);
    }
}
