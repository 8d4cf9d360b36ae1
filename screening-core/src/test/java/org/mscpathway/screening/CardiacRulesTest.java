package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertFindings;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.missingItems;
import static org.mscpathway.screening.Evaluations.partial;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;
import static org.mscpathway.screening.RecordBuilder.LAB_DATE;
import static org.mscpathway.screening.assessment.Severity.ABSOLUTE;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.record.ConditionStatus;

class CardiacRulesTest {

    @ParameterizedTest(name = "LVEF {0} % → {1}")
    @CsvSource({"30, CARD-LVEF-SEVERE", "34, CARD-LVEF-SEVERE", "34.9, CARD-LVEF-SEVERE", "35, CARD-LVEF-REDUCED",
        "49, CARD-LVEF-REDUCED", "49.9, CARD-LVEF-REDUCED", "50, ", "62, "})
    void ejectionFractionBelowThirtyFiveIsIneligibleAndBelowFiftyNeedsAPhysician(String lvef, String ruleId) {
        Assessment assessment = full(RecordBuilder.completeMale(60).lab("10230-1", Double.parseDouble(lvef)));

        if (ruleId == null) {
            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(assessment.findings()).isEmpty();
            return;
        }
        boolean severe = ruleId.equals("CARD-LVEF-SEVERE");
        assertVerdict(assessment, severe ? Outcome.INELIGIBLE : Outcome.PHYSICIAN_REVIEW,
                fired(ruleId, severe ? ABSOLUTE : RELATIVE, "LOINC 10230-1", lvef + " % on 2026-11-18"));
    }

    @Test
    void theMostRecentEjectionFractionDecides() {
        Assessment assessment = full(RecordBuilder.completeMale(60)
                .quantity("18043-0", 30, LocalDate.of(2026, 1, 10)).quantity("10230-1", 55, LAB_DATE));

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void ofTwoEjectionFractionsOfOneDayTheLowerDecides() {
        Assessment assessment = full(RecordBuilder.completeMale(60)
                .quantity("10230-1", 55, LAB_DATE).quantity("18043-0", 33, LAB_DATE));

        assertFindings(assessment, fired("CARD-LVEF-SEVERE", ABSOLUTE, "LOINC 18043-0", "33 % on 2026-11-18"));
    }

    @ParameterizedTest(name = "NYHA {0} → {1}")
    @CsvSource({"1, ", "2, CARD-NYHA-II", "3, CARD-NYHA-SEVERE", "4, CARD-NYHA-SEVERE"})
    void nyhaClassThreeOrFourIsIneligibleAndClassTwoNeedsAPhysician(int nyha, String ruleId) {
        Assessment assessment = full(RecordBuilder.completeMale(60).nyhaClass(nyha));

        assertFindings(assessment, ruleId == null
                ? List.of()
                : List.of(fired(ruleId, nyha >= 3 ? ABSOLUTE : RELATIVE, "physicalExam.nyhaClass", Integer.toString(nyha))));
    }

    @Test
    void myocardialInfarctionOneDayShortOfSixMonthsAgoIsIneligible() {
        assertVerdict(infarctionResolvedTenDaysAfter(ASSESSED.minusMonths(6).plusDays(1)), Outcome.INELIGIBLE,
                fired("CARD-RECENT-ACS", ABSOLUTE, "condition I21.4", "onset 2026-05-26"));
    }

    @Test
    void myocardialInfarctionSixMonthsAgoIsCoronaryDisease() {
        assertVerdict(infarctionResolvedTenDaysAfter(ASSESSED.minusMonths(6)), Outcome.PHYSICIAN_REVIEW,
                fired("CARD-CORONARY", RELATIVE, "condition I21.4", "resolved on 2026-06-04"));
    }

    @Test
    void unstableAnginaWithoutOnsetDateCountsAsRecent() {
        Assessment assessment = withNormalEcho("I20.0", ConditionStatus.ACTIVE, null, null);

        assertFindings(assessment, fired("CARD-RECENT-ACS", ABSOLUTE, "condition I20.0", "onset date unknown"));
    }

    @Test
    void stableCoronaryDiseaseWithItsEchoNeedsAPhysicianAndAGentlerIntravenousPlan() {
        Assessment assessment = full(RecordBuilder.completeMale(62).lab("10230-1", 55).indication("type-2-diabetes")
                .condition("I25.10", ConditionStatus.ACTIVE, LocalDate.of(2018, 1, 1), null));

        assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW,
                fired("CARD-CORONARY", RELATIVE, "condition I25.10", "active"));
        assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(36_000_000L);
    }

    @Test
    void coronaryDiseaseWithoutEchoIsIncompleteAndJudgedOnlyOnceTheEchoIsIn() {
        RecordBuilder record = RecordBuilder.completeMale(62).activeCondition("I25.10");

        Assessment full = full(record);
        Assessment partial = partial(record);

        assertThat(full.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(full.missing()).extracting(m -> m.item() + ": " + m.reason()).containsExactly("LOINC 10230-1: "
                + "coronary disease, cardiomyopathy or heart failure in the history: echocardiographic LVEF");
        assertThat(full.findings()).isEmpty();
        assertVerdict(partial, Outcome.PHYSICIAN_REVIEW,
                fired("CARD-CORONARY", RELATIVE, "condition I25.10", "active"));
    }

    @Test
    void cardiomyopathyCallsForAnEcho() {
        assertThat(missingItems(full(RecordBuilder.completeMale(62).activeCondition("I42.0"))))
                .containsExactly("LOINC 10230-1");
    }

    @Test
    void heartFailureInClassTwoNeedsAPhysician() {
        assertVerdict(heartFailure(62, 2, 52), Outcome.PHYSICIAN_REVIEW,
                fired("CARD-NYHA-II", RELATIVE, "physicalExam.nyhaClass", "2"),
                fired("CARD-HEART-FAILURE", RELATIVE, "condition I50.22", "active"));
    }

    @Test
    void heartFailureInClassThreeIsOnlyTheAbsoluteFinding() {
        assertVerdict(heartFailure(70, 3, 30), Outcome.INELIGIBLE,
                fired("CARD-NYHA-SEVERE", ABSOLUTE, "physicalExam.nyhaClass", "3"),
                fired("CARD-LVEF-SEVERE", ABSOLUTE, "LOINC 10230-1", "30 % on 2026-11-18"));
    }

    @ParameterizedTest(name = "{0}/{1} mmHg is severe hypertension: {2}")
    @CsvSource({"179, 109, false", "180, 80, true", "150, 110, true"})
    void bloodPressureFromOneEightyOverOneTenNeedsAPhysician(int systolic, int diastolic, boolean severe) {
        Assessment assessment = full(RecordBuilder.completeMale(60).bloodPressure(systolic, diastolic));

        assertFindings(assessment, !severe
                ? List.of()
                : List.of(systolic >= 180
                    ? fired("CARD-HYPERTENSION", RELATIVE, "physicalExam.systolicMmHg", "180")
                    : fired("CARD-HYPERTENSION", RELATIVE, "physicalExam.diastolicMmHg", "110")));
    }

    @ParameterizedTest(name = "LOINC {0} = {1}: raised {2}")
    @CsvSource({"33762-6, 900, false", "33762-6, 901, true", "30934-4, 400, false", "30934-4, 401, true"})
    void natriureticPeptideAboveItsLimitNeedsAPhysician(String loinc, int value, boolean raised) {
        Assessment assessment = full(RecordBuilder.completeMale(60).lab(loinc, value));

        assertFindings(assessment, !raised
                ? List.of()
                : List.of(fired("CARD-NATRIURETIC-PEPTIDE", RELATIVE,
                        new Evidence("LOINC " + loinc, value + " pg/mL on 2026-11-18"))));
    }

    /** A man of {@code age} with active heart failure of this NYHA class and this ejection fraction. */
    private static Assessment heartFailure(int age, int nyhaClass, double lvef) {
        return full(RecordBuilder.completeMale(age).activeCondition("I50.22").nyhaClass(nyhaClass)
                .lab("10230-1", lvef));
    }

    private static Assessment infarctionResolvedTenDaysAfter(LocalDate onset) {
        return withNormalEcho("I21.4", ConditionStatus.RESOLVED, onset, onset.plusDays(10));
    }

    /** An echo within limits (LVEF 55 %), so only the condition can decide. */
    private static Assessment withNormalEcho(String icd10, ConditionStatus status, LocalDate onset,
            LocalDate abatement) {
        return full(RecordBuilder.completeMale(60).lab("10230-1", 55).condition(icd10, status, onset, abatement));
    }
}
