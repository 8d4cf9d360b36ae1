package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertFindings;
import static org.mscpathway.screening.Evaluations.assertIncomplete;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;
import static org.mscpathway.screening.assessment.Severity.ABSOLUTE;
import static org.mscpathway.screening.assessment.Severity.PRECAUTION;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.Imaging;
import org.mscpathway.screening.record.MedicationStatus;

class MalignancyRulesTest {

    private static final LocalDate ONSET = LocalDate.of(2015, 3, 1);

    @Test
    void activeBreastCancerIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeMale(52).activeCondition("C50.9"));

        assertVerdict(assessment, Outcome.INELIGIBLE, fired("MAL-ACTIVE", ABSOLUTE, "condition C50.9", "active"));
    }

    @ParameterizedTest(name = "{0} recurrent is a malignancy")
    @ValueSource(strings = {"C00.0", "C4A.9", "C7A.00", "C7B.01", "C96.9", "D00.1", "D09.9", "c349", "C50"})
    void everyCodeOfTheMalignancyRangesCounts(String icd10) {
        Assessment assessment = full(RecordBuilder.completeMale(60)
                .condition(icd10, ConditionStatus.RECURRENCE, ONSET, null));

        assertFindings(assessment, fired("MAL-ACTIVE", ABSOLUTE, "condition " + icd10.toUpperCase(), "recurrence"));
    }

    @ParameterizedTest(name = "{0} is not a malignancy")
    @ValueSource(strings = {"C97", "D10.0", "D3A.00", "D36.9", "D49.9", "Z80.3"})
    void codesOutsideTheRangesDoNotCount(String icd10) {
        Assessment assessment = full(RecordBuilder.completeMale(60).activeCondition(icd10));

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void antineoplasticTreatmentInProgressIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeMale(60).activeMedication("L01BC06")
                .medication("L01XE01", MedicationStatus.STOPPED, LocalDate.of(2020, 1, 1)));

        assertVerdict(assessment, Outcome.INELIGIBLE,
                fired("MAL-ANTINEOPLASTIC", ABSOLUTE, "medication L01BC06", "active"));
    }

    @Test
    void imagingSuspiciousForMalignancyIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeMale(60)
                .imaging(new Imaging("CT", "chest", LocalDate.of(2026, 11, 19), "abnormal", true))
                .imaging(new Imaging("MRI", "knee", LocalDate.of(2026, 11, 19), "normal", false)));

        assertVerdict(assessment, Outcome.INELIGIBLE,
                fired("MAL-IMAGING-SUSPICIOUS", ABSOLUTE, "imaging CT chest", "suspected malignancy on 2026-11-19"));
    }

    @Test
    void malignancyResolvedExactlyFiveYearsAgoIsRemote() {
        LocalDate abatement = ASSESSED.minusYears(5);
        Assessment assessment = full(RecordBuilder.completeMale(66)
                .condition("C18.9", ConditionStatus.RESOLVED, ONSET, abatement));

        assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                fired("MAL-REMOTE", PRECAUTION, "condition C18.9", "resolved on 2021-11-25"));
        assertThat(assessment.plan().monitoring()).contains("annual cancer surveillance");
    }

    @Test
    void malignancyResolvedOneDayLessThanFiveYearsAgoIsRecent() {
        Assessment assessment = full(RecordBuilder.completeMale(66)
                .condition("C18.9", ConditionStatus.RESOLVED, ONSET, ASSESSED.minusYears(5).plusDays(1)));

        assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW,
                fired("MAL-RECENT", RELATIVE, "condition C18.9", "resolved on 2021-11-26"));
    }

    @Test
    void malignancyInRemissionWithoutAbatementDateCountsAsRecent() {
        Assessment assessment = full(RecordBuilder.completeMale(60)
                .condition("C61", ConditionStatus.REMISSION, ONSET, null));

        assertFindings(assessment, fired("MAL-RECENT", RELATIVE, "condition C61", "remission, no abatement date"));
    }

    @ParameterizedTest(name = "{0} resolved last year is a precaution only")
    @ValueSource(strings = {"C44.91", "D06.9"})
    void resolvedSkinCancerOrCervicalCarcinomaInSituIsAPrecautionAtAnyTime(String icd10) {
        Assessment assessment = full(RecordBuilder.completeMale(60)
                .condition(icd10, ConditionStatus.RESOLVED, ONSET, ASSESSED.minusYears(1)));

        assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                fired("MAL-LOW-RISK-RESOLVED", PRECAUTION, "condition " + icd10, "resolved on 2025-11-25"));
        assertThat(assessment.plan().adjustments()).extracting(a -> a.ruleId() + ": " + a.change())
                .containsExactly("MAL-LOW-RISK-RESOLVED: annual cancer surveillance");
    }

    @Test
    void skinCancerInRemissionFollowsTheFiveYearRule() {
        Assessment assessment = full(RecordBuilder.completeMale(60)
                .condition("C44.91", ConditionStatus.REMISSION, ONSET, ASSESSED.minusYears(1)));

        assertFindings(assessment, fired("MAL-RECENT", RELATIVE, "condition C44.91", "remission on 2025-11-25"));
    }

    @Test
    void geneticSusceptibilityNeedsAPhysician() {
        Assessment assessment = full(RecordBuilder.completeMale(45).activeCondition("Z15.01"));

        assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW,
                fired("MAL-GENETIC-SUSCEPTIBILITY", RELATIVE, "condition Z15.01", "active"));
    }

    @ParameterizedTest(name = "LOINC {0} = {1}: above limit {2}")
    @CsvSource({
        "2039-6, 5, false", "2039-6, 5.1, true",
        "2857-1, 4, false", "2857-1, 4.01, true",
        "1834-1, 10, false", "1834-1, 10.5, true",
        "10334-1, 35, false", "10334-1, 36, true"})
    void tumourMarkerAboveItsLimitNeedsAPhysician(String loinc, String value, boolean above) {
        Assessment assessment = full(RecordBuilder.completeMale(60).lab(loinc, Double.parseDouble(value)));

        assertThat(assessment.outcome()).isEqualTo(above ? Outcome.PHYSICIAN_REVIEW : Outcome.ELIGIBLE);
        if (above) {
            assertFindings(assessment,
                    fired("MAL-TUMOUR-MARKER", RELATIVE, "LOINC " + loinc, value + " " + (loinc.equals("10334-1")
                    ? "U/mL" : "ng/mL") + " on 2026-11-18"));
        } else {
            assertThat(assessment.findings()).isEmpty();
        }
    }

    @Test
    void cancerHistoryNotAskedIsMissing() {
        Assessment assessment = full(RecordBuilder.completeMale(60).conditionsNotAsked());

        assertIncomplete(assessment, "medicalHistory.conditions");
    }
}
