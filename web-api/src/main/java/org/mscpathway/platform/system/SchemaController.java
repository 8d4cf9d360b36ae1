package org.mscpathway.platform.system;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The patient record's JSON Schema at a stable address, for integrators who validate before they send. */
@RestController
record SchemaController(PublishedSchemas schemas) {

    static final String SCHEMA_JSON = "application/schema+json";

    @Operation(summary = "The patient record's JSON Schema, draft 2020-12 (any user)")
    @GetMapping(path = "/api/v1/schemas/patient-record.json", produces = SCHEMA_JSON)
    JsonNode patientRecord() {
        return schemas.patientRecord();
    }
}
