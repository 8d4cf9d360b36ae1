package org.mscpathway.platform.interop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import org.mscpathway.interop.fhir.BundleImport;
import org.mscpathway.interop.fhir.ImportResult;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.json.ScreeningJson;
import org.mscpathway.screening.record.PatientRecord;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stateless evaluation of a FHIR R4 Bundle: the same answer as for the JSON record, plus {@code unmapped}, what
 * in the Bundle did not reach the record and why. Nothing is stored.
 */
@RestController
record FhirEvaluationController(BundleImport bundleImport, Screening screening, PatientRecordReader records) {

    @Operation(summary = "Evaluate a FHIR R4 Bundle against the rule catalogue (coordinator, physician)")
    @PostMapping(path = "/api/v1/evaluations", consumes = FhirMedia.FHIR_JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode evaluate(@RequestBody String bundle, @RequestParam(required = false) String indication) {
        ImportResult imported = bundleImport.read(bundle, indication);
        PatientRecord record;
        try {
            record = records.read(imported.record());
        } catch (InvalidRecordException e) {
            throw FhirRecordRejectedException.of(e, imported);
        }
        ObjectNode answer = ScreeningJson.toJson(screening.evaluate(record, EvaluationMode.FULL));
        answer.set("unmapped", imported.unmappedJson());
        return answer;
    }
}
