package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;

class OrganFunctionRulesTest {

    @ParameterizedTest(name = "LOINC {0} = {1} → {2}")
    @CsvSource({
        "62238-1, 30, , ", "62238-1, 29.9, ORG-RENAL, mL/min/1.73m2", "98979-8, 12, ORG-RENAL, mL/min/1.73m2",
        "1742-6, 120, , ", "1742-6, 121, ORG-TRANSAMINASES, U/L",
        "1920-8, 120, , ", "1920-8, 130, ORG-TRANSAMINASES, U/L",
        "1975-2, 2.4, , ", "1975-2, 2.5, ORG-BILIRUBIN, mg/dL"})
    void organImpairmentBeyondItsThresholdNeedsAPhysician(String loinc, String value, String ruleId, String unit) {
        Assessment assessment = full(RecordBuilder.completeMale(60).lab(loinc, Double.parseDouble(value)));

        assertVerdict(assessment, ruleId == null ? Outcome.ELIGIBLE : Outcome.PHYSICIAN_REVIEW, ruleId == null
                ? List.of()
                : List.of(fired(ruleId, RELATIVE, "LOINC " + loinc, value + " " + unit + " on 2026-11-18")));
    }
}
