package org.mscpathway.platform.interop;

/** The FHIR JSON media type (FHIR R4 §3.1.0.1.9), which the FHIR endpoints consume and produce. */
final class FhirMedia {

    static final String FHIR_JSON = "application/fhir+json";

    private FhirMedia() {
    }
}
