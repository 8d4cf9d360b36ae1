package org.mscpathway.platform.interop;

/** A FHIR import that cannot fill this case: the case is not at a data step, or the Bundle is another patient's. The message names ids and steps, never patient data. */
final class FhirImportRefusedException extends RuntimeException {

    FhirImportRefusedException(String message) {
        super(message);
    }
}
