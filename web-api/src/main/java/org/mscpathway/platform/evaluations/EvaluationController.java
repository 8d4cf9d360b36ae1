package org.mscpathway.platform.evaluations;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.json.ScreeningJson;
import org.mscpathway.screening.record.PatientRecord;
import org.mscpathway.workflow.pathway.Rulesets;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Stateless evaluation of a patient record: nothing is stored, only the fact that it was asked is audited. */
@RestController
record EvaluationController(Rulesets rulesets, PatientRecordReader records, MeterRegistry meters) {

    /** The body is read as text so that the record reader reports syntax errors, duplicate keys included. */
    @Operation(summary = "Evaluate a patient record against the rule catalogue (coordinator, physician)")
    @PostMapping(path = "/api/v1/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode evaluate(@RequestBody String body) {
        PatientRecord record = records.read(body);
        Timer.Sample sample = Timer.start(meters);
        // the version governance activated last: a stateless evaluation agrees with a new case's
        Assessment assessment = rulesets.current().evaluate(record, EvaluationMode.FULL);
        sample.stop(Timer.builder("msc.evaluations")
                .description("Stateless evaluations by outcome and indication")
                .tag("outcome", assessment.outcome().name())
                .tag("indication", record.indication())
                .register(meters));
        return ScreeningJson.toJson(assessment);
    }
}
