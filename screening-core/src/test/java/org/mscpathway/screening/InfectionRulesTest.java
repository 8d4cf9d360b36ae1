package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertFindings;
import static org.mscpathway.screening.Evaluations.assertIncomplete;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;
import static org.mscpathway.screening.assessment.Severity.ABSOLUTE;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.MedicationStatus;

class InfectionRulesTest {

    private static final LocalDate ONSET = LocalDate.of(2026, 1, 5);

    @ParameterizedTest(name = "{0} °C is fever: {1}")
    @CsvSource({"37.9, false", "38.0, true", "38.6, true"})
    void feverFromThirtyEightDegreesIsIneligible(double temperature, boolean fever) {
        Assessment assessment = full(RecordBuilder.completeMale(50).temperatureC(temperature));

        assertVerdict(assessment, fever ? Outcome.INELIGIBLE : Outcome.ELIGIBLE, fever
                ? java.util.List.of(fired("INF-FEVER", ABSOLUTE, "physicalExam.temperatureC",
                        Double.toString(temperature).replace(".0", "")))
                : java.util.List.of());
    }

    @ParameterizedTest(name = "procalcitonin {0}: bacterial infection {1}")
    @CsvSource({"0.49, false", "0.5, true"})
    void procalcitoninFromHalfANanogramIsIneligible(double value, boolean infected) {
        Assessment assessment = full(RecordBuilder.completeMale(50).lab("33959-8", value));

        assertThat(assessment.outcome()).isEqualTo(infected ? Outcome.INELIGIBLE : Outcome.ELIGIBLE);
        if (infected) {
            assertFindings(assessment,
                    fired("INF-PROCALCITONIN", ABSOLUTE, "LOINC 33959-8", "0.5 ng/mL on 2026-11-18"));
        }
    }

    @ParameterizedTest(name = "positive LOINC {0} is ineligible")
    @ValueSource(strings = {"56888-1", "31201-7", "5196-1", "16128-1", "20507-0", "22587-0"})
    void positiveBloodBorneInfectionSerologyIsIneligible(String loinc) {
        Assessment assessment = full(RecordBuilder.completeMale(47).lab(loinc, "positive"));

        assertVerdict(assessment, Outcome.INELIGIBLE,
                fired("INF-SEROLOGY-POSITIVE", ABSOLUTE, "LOINC " + loinc, "positive on 2026-11-18"));
    }

    @ParameterizedTest(name = "active {0} is ineligible")
    @ValueSource(strings = {"A41.9", "A40.0", "A15.0", "A19.9"})
    void activeSepsisOrTuberculosisIsIneligible(String icd10) {
        Assessment assessment = full(RecordBuilder.completeMale(47).condition(icd10, ConditionStatus.ACTIVE, ONSET, null));

        assertVerdict(assessment, Outcome.INELIGIBLE,
                fired("INF-ACTIVE-SEVERE", ABSOLUTE, "condition " + icd10, "active"));
    }

    @ParameterizedTest(name = "sepsis resolved {0} days ago is recent: {1}")
    @CsvSource({"89, true", "90, false"})
    void sepsisResolvedLessThanNinetyDaysAgoNeedsAPhysician(int daysAgo, boolean recent) {
        LocalDate abatement = ASSESSED.minusDays(daysAgo);
        Assessment assessment = full(RecordBuilder.completeMale(47)
                .condition("A41.9", ConditionStatus.RESOLVED, ONSET, abatement));

        assertVerdict(assessment, recent ? Outcome.PHYSICIAN_REVIEW : Outcome.ELIGIBLE, recent
                ? java.util.List.of(fired("INF-RECENT-SEPSIS", RELATIVE, "condition A41.9", "resolved on " + abatement))
                : java.util.List.of());
    }

    @Test
    void sepsisResolvedWithoutAbatementDateCountsAsRecent() {
        Assessment assessment = full(RecordBuilder.completeMale(47)
                .condition("A41.9", ConditionStatus.RESOLVED, ONSET, null));

        assertFindings(assessment,
                fired("INF-RECENT-SEPSIS", RELATIVE, "condition A41.9", "resolved, no abatement date"));
    }

    @Test
    void activeAntibioticNeedsAPhysician() {
        Assessment assessment = full(RecordBuilder.completeMale(45).activeMedication("J01CA04"));

        assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW,
                fired("INF-ANTIBIOTIC", RELATIVE, "medication J01CA04", "active"));
    }

    @ParameterizedTest(name = "antibiotic stopped {0} days ago is recent: {1}")
    @CsvSource({"13, true", "14, false"})
    void antibioticStoppedFewerThanFourteenDaysAgoNeedsAPhysician(int daysAgo, boolean recent) {
        LocalDate end = ASSESSED.minusDays(daysAgo);
        Assessment assessment = full(RecordBuilder.completeMale(45).medication("J01MA02", MedicationStatus.STOPPED, end));

        assertFindings(assessment, recent
                ? java.util.List.of(fired("INF-ANTIBIOTIC", RELATIVE, "medication J01MA02", "stopped on " + end))
                : java.util.List.of());
    }

    @Test
    void antibioticStoppedWithoutEndDateCountsAsRecent() {
        Assessment assessment = full(RecordBuilder.completeMale(45).medication("J01MA02", MedicationStatus.STOPPED, null));

        assertFindings(assessment, fired("INF-ANTIBIOTIC", RELATIVE, "medication J01MA02", "stopped, no end date"));
    }

    @Test
    void immunosuppressantsAndLowCountsAreOneFindingWithAllTheirEvidence() {
        Assessment assessment = full(RecordBuilder.completeMale(45).activeMedication("L04AX03")
                .activeMedication("H02AB06").lab("751-8", 1.49).lab("6690-2", 2.99));

        assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW,
                fired("INF-IMMUNOSUPPRESSED", RELATIVE, new Evidence("medication L04AX03", "active"),
                new Evidence("medication H02AB06", "active"),
                new Evidence("LOINC 751-8", "1.49 10*9/L on 2026-11-18"),
                new Evidence("LOINC 6690-2", "2.99 10*9/L on 2026-11-18")));
    }

    @Test
    void countsAtTheirLimitsAreNotImmunosuppression() {
        Assessment assessment = full(RecordBuilder.completeMale(45).lab("751-8", 1.5).lab("6690-2", 3.0)
                .medication("L04AX03", MedicationStatus.STOPPED, ASSESSED.minusDays(3)));

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.findings()).isEmpty();
    }

    @ParameterizedTest(name = "CRP {0}: raised {1}")
    @CsvSource({"10, false", "10.1, true"})
    void crpAboveTenNeedsAPhysician(String value, boolean raised) {
        Assessment assessment = full(RecordBuilder.completeMale(45).lab("1988-5", Double.parseDouble(value)));

        assertFindings(assessment, raised
                ? java.util.List.of(fired("INF-CRP", RELATIVE, "LOINC 1988-5", value + " mg/L on 2026-11-18"))
                : java.util.List.of());
    }

    @Test
    void missingInfectionScreenMakesTheAssessmentIncomplete() {
        Assessment assessment = full(RecordBuilder.completeMale(45).withoutLab("56888-1").lab("5196-1", "indeterminate")
                .withoutLab("16128-1").withoutLab("6690-2").temperatureC(null).medicationsNotAsked());

        assertIncomplete(assessment, "LOINC 56888-1", "LOINC 5196-1", "LOINC 16128-1",
                "LOINC 6690-2", "physicalExam.temperatureC", "medicalHistory.medications");
        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void alternativeHivCodeSatisfiesTheRequirement() {
        Assessment assessment = full(RecordBuilder.completeMale(45).withoutLab("56888-1").lab("31201-7", "negative"));

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.missing()).isEmpty();
    }

    @Test
    void syphilisSerologyIsRequiredSince2026_2() {
        Assessment assessment = full(RecordBuilder.completeMale(45).withoutLab("20507-0"));

        assertIncomplete(assessment, "LOINC 20507-0");
    }

    @Test
    void treponemalAntibodyResultSatisfiesTheSyphilisRequirement() {
        Assessment assessment = full(RecordBuilder.completeMale(45).withoutLab("20507-0").lab("22587-0", "negative"));

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }
}
