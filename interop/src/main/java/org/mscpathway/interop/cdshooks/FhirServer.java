package org.mscpathway.interop.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** Reads from the EHR's FHIR server what the prefetch did not bring. */
public interface FhirServer {

    /**
     * GET {@code url} as FHIR JSON with the hook's bearer token (may be null).
     *
     * @throws FhirServerException when the server does not answer with a FHIR resource
     */
    JsonNode read(URI url, String bearerToken);

    final class FhirServerException extends RuntimeException {
        public FhirServerException(String message) {
            super(message);
        }
    }
}
