package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertFindings;
import static org.mscpathway.screening.Evaluations.assertIncomplete;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.ruleIds;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;
import static org.mscpathway.screening.assessment.Severity.ABSOLUTE;
import static org.mscpathway.screening.assessment.Severity.PRECAUTION;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.MedicationStatus;

/**
 * The rows the 2026.2 catalogue added or changed (docs/clinical-rules.md): each code range at both ends and just
 * outside, each threshold and window on both sides, and the status each row asks for.
 */
class RuleCatalogue2026_2Test {

    private static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 1);

    private static Assessment withCondition(String icd10, ConditionStatus status) {
        return full(RecordBuilder.completeMale(50).condition(icd10, status, LONG_AGO, null));
    }

    @Nested
    class Pregnancy {

        @ParameterizedTest(name = "positive hCG {0} days old excludes: {1}")
        @CsvSource({"14, true", "15, false"})
        void positiveHcgCountsWithinFourteenDays(int daysOld, boolean excludes) {
            Assessment assessment = full(RecordBuilder.completeFemale(30)
                    .qualitative("2118-8", "positive", ASSESSED.minusDays(daysOld)));

            assertThat(ruleIds(assessment).contains("PREG-HCG-POSITIVE")).isEqualTo(excludes);
        }

        @Test
        void lactationMustBeStatedWheneverAnHcgIsRequired() {
            Assessment assessment = full(RecordBuilder.completeFemale(30).lactating(null));

            assertIncomplete(assessment, "medicalHistory.lactating");
        }

        @Test
        void lactationNeedNotBeStatedForAMan() {
            assertThat(full(RecordBuilder.completeMale(30).lactating(null)).outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
    }

    @Nested
    class Malignancy {

        @ParameterizedTest(name = "active {0} is a neoplasm of uncertain behaviour")
        @ValueSource(strings = {"D37.0", "D46.9", "D47.1", "D48.9", "D48"})
        void activeNeoplasmOfUncertainBehaviourIsAbsolute(String icd10) {
            Assessment assessment = withCondition(icd10, ConditionStatus.ACTIVE);

            assertVerdict(assessment, Outcome.INELIGIBLE,
                    fired("MAL-UNCERTAIN-BEHAVIOUR", ABSOLUTE, "condition " + icd10, "active"));
        }

        @Test
        void myelodysplasiaInRecurrenceIsAbsolute() {
            assertThat(ruleIds(withCondition("D46.9", ConditionStatus.RECURRENCE))).containsExactly("MAL-UNCERTAIN-BEHAVIOUR");
        }

        @ParameterizedTest(name = "{0} is outside D37-D48")
        @ValueSource(strings = {"D36.9", "D49.9", "D3A.010"})
        void codesJustOutsideTheUncertainBehaviourRangeDoNotCount(String icd10) {
            assertThat(withCondition(icd10, ConditionStatus.ACTIVE).findings()).isEmpty();
        }

        @Test
        void uncertainBehaviourInRemissionFiresNothing() {
            assertThat(withCondition("D46.9", ConditionStatus.REMISSION).findings()).isEmpty();
        }

        @Test
        void activeEndocrineAntineoplasticTherapyIsAbsolute() {
            Assessment assessment = full(RecordBuilder.completeFemale(50).activeMedication("L02BA01")
                    .medication("L02BG03", MedicationStatus.STOPPED, LocalDate.of(2020, 1, 1)));

            assertFindings(assessment, fired("MAL-ENDOCRINE-THERAPY", ABSOLUTE, "medication L02BA01", "active"));
        }

        @ParameterizedTest(name = "Z85 resolved {0} years and {1} days ago → {2}")
        @CsvSource({"5, 0, MAL-HISTORY-REMOTE", "5, -1, MAL-HISTORY-RECENT", "1, 0, MAL-HISTORY-RECENT"})
        void personalHistoryIsRemoteFromFiveYearsAfterResolution(int years, int daysLater, String ruleId) {
            Assessment assessment = full(RecordBuilder.completeMale(60).condition("Z85.3", ConditionStatus.RESOLVED,
                    LocalDate.of(2010, 1, 1), ASSESSED.minusYears(years).plusDays(-daysLater)));

            assertThat(ruleIds(assessment)).containsExactly(ruleId);
            assertThat(assessment.outcome()).isEqualTo(ruleId.endsWith("REMOTE")
                    ? Outcome.ELIGIBLE_WITH_PRECAUTIONS : Outcome.PHYSICIAN_REVIEW);
        }

        @ParameterizedTest(name = "Z85 {0} without an abatement date is recent")
        @ValueSource(strings = {"RESOLVED", "REMISSION", "ACTIVE", "RECURRENCE"})
        void undatedOrUnresolvedPersonalHistoryIsRelative(ConditionStatus status) {
            assertThat(full(RecordBuilder.completeMale(60).condition("Z85.038", status, null, null)).findings())
                    .extracting(Evaluations::described).containsExactly(fired("MAL-HISTORY-RECENT", RELATIVE,
                            "condition Z85.038", Evaluations.conditionValue(status)));
        }
    }

    @Nested
    class Infection {

        @ParameterizedTest(name = "{0} {1} fires {2} ({3})")
        @CsvSource({
            "B20, RESOLVED, INF-HIV-DISEASE, ABSOLUTE", "B24, REMISSION, INF-HIV-DISEASE, ABSOLUTE",
            "B18.1, RESOLVED, INF-CHRONIC-HEPATITIS, ABSOLUTE", "B18.2, ACTIVE, INF-CHRONIC-HEPATITIS, ABSOLUTE",
            "M00.061, ACTIVE, INF-BONE-JOINT, ABSOLUTE", "M01.X61, RECURRENCE, INF-BONE-JOINT, ABSOLUTE",
            "M86.9, ACTIVE, INF-BONE-JOINT, ABSOLUTE", "I33.0, ACTIVE, INF-ENDOCARDITIS, ABSOLUTE",
            "A00.9, ACTIVE, INF-ACTIVE-INFECTIOUS-DISEASE, ABSOLUTE", "B99.9, ACTIVE, INF-ACTIVE-INFECTIOUS-DISEASE, ABSOLUTE",
            "B89, ACTIVE, INF-ACTIVE-INFECTIOUS-DISEASE, ABSOLUTE", "B95.6, ACTIVE, INF-ACTIVE-INFECTIOUS-DISEASE, ABSOLUTE",
            "B08.0, ACTIVE, INF-ACTIVE-INFECTIOUS-DISEASE, ABSOLUTE",
            "J00, ACTIVE, INF-OTHER-ACTIVE, RELATIVE", "J22, ACTIVE, INF-OTHER-ACTIVE, RELATIVE",
            "L00, ACTIVE, INF-OTHER-ACTIVE, RELATIVE", "L08.9, RECURRENCE, INF-OTHER-ACTIVE, RELATIVE",
            "N39.0, ACTIVE, INF-OTHER-ACTIVE, RELATIVE", "K65.0, ACTIVE, INF-OTHER-ACTIVE, RELATIVE",
            "B07.9, ACTIVE, INF-SUPERFICIAL, RELATIVE", "B08.1, ACTIVE, INF-SUPERFICIAL, RELATIVE",
            "B35.1, ACTIVE, INF-SUPERFICIAL, RELATIVE", "B36.0, ACTIVE, INF-SUPERFICIAL, RELATIVE",
            "D80.0, RESOLVED, INF-IMMUNODEFICIENCY, RELATIVE", "D84.9, ACTIVE, INF-IMMUNODEFICIENCY, RELATIVE"})
        void newInfectionCodesFireTheirRule(String icd10, ConditionStatus status, String ruleId, Severity severity) {
            Assessment assessment = withCondition(icd10, status);

            assertFindings(assessment,
                    fired(ruleId, severity, "condition " + icd10, Evaluations.conditionValue(status)));
        }

        @ParameterizedTest(name = "{0} {1} is no infection finding")
        @CsvSource({"M02.9, ACTIVE", "M87.0, ACTIVE", "I34.0, ACTIVE", "B90.9, ACTIVE", "B94.8, ACTIVE",
            "M00.9, RESOLVED", "I33.0, REMISSION", "A09, RESOLVED", "J23, ACTIVE", "L09, ACTIVE", "N39.3, ACTIVE",
            "K66.0, ACTIVE", "B07.9, RESOLVED", "D79, ACTIVE", "D85, ACTIVE", "B17.1, RESOLVED", "B25.9, REMISSION"})
        void codesOutsideTheNewRangesOrInactiveDoNotFire(String icd10, ConditionStatus status) {
            assertThat(ruleIds(withCondition(icd10, status))).noneMatch(id -> id.startsWith("INF-"));
        }

        @Test
        void activeB19IsAnActiveInfectiousDiseaseButNotChronicHepatitis() {
            assertThat(ruleIds(withCondition("B19.20", ConditionStatus.ACTIVE))).containsExactly("INF-ACTIVE-INFECTIOUS-DISEASE");
        }

        @ParameterizedTest(name = "TB {0} with isoniazid stopped {1} days ago is under treatment: {2}")
        @CsvSource({"REMISSION, 13, true", "RESOLVED, 13, true", "REMISSION, 14, false"})
        void tuberculosisStillTreatedIsAbsolute(ConditionStatus status, int daysAgo, boolean underTreatment) {
            Assessment assessment = full(RecordBuilder.completeMale(50).condition("A15.0", status, LONG_AGO, null)
                    .medication("J04AC01", MedicationStatus.STOPPED, ASSESSED.minusDays(daysAgo)));

            assertThat(ruleIds(assessment).contains("INF-TB-UNDER-TREATMENT")).isEqualTo(underTreatment);
            assertThat(assessment.outcome()).isEqualTo(underTreatment ? Outcome.INELIGIBLE : Outcome.ELIGIBLE);
        }

        @Test
        void tuberculosisInRemissionOnRifampicinNamesBothInItsEvidence() {
            Assessment assessment = full(RecordBuilder.completeMale(50)
                    .condition("A15.0", ConditionStatus.REMISSION, LONG_AGO, ASSESSED.minusMonths(2))
                    .activeMedication("J04AB02"));

            assertThat(assessment.findings()).extracting(Evaluations::described).contains(fired(
                    "INF-TB-UNDER-TREATMENT", ABSOLUTE,
                    new org.mscpathway.screening.assessment.Evidence("condition A15.0", "remission on 2026-09-25"),
                    new org.mscpathway.screening.assessment.Evidence("medication J04AB02", "active")));
        }

        @ParameterizedTest(name = "{0} stopped {1} days ago → antimicrobial finding: {2}")
        @CsvSource({"J02AC01, 13, true", "J02AC01, 14, false", "J04AB02, 0, true", "J05AB01, 13, true",
            "J05AB01, 14, false"})
        void otherSystemicAntimicrobialsCountLikeAntibiotics(String atc, int daysAgo, boolean fires) {
            Assessment assessment = full(RecordBuilder.completeMale(50)
                    .medication(atc, MedicationStatus.STOPPED, ASSESSED.minusDays(daysAgo)));

            assertThat(ruleIds(assessment)).isEqualTo(fires ? List.of("INF-ANTIMICROBIAL") : List.of());
        }

        @ParameterizedTest(name = "live vaccine {0} given {1} days ago → finding: {2}")
        @CsvSource({"J07BD01, 28, true", "J07BD01, 29, false", "J07BE01, 0, true", "J07BJ01, 10, true",
            "J07BK01, 10, true", "J07BK02, 10, true", "J07BL01, 10, true", "J07BH01, 10, true", "J07BB03, 10, true",
            "J07BF01, 10, true", "J07BF02, 10, true", "J07AN01, 10, true", "J07AP01, 10, true",
            "J07BK03, 10, false", "J07BB02, 10, false", "J07AP02, 10, false"})
        void liveVaccineWithinTwentyEightDaysNeedsAPhysician(String atc, int daysAgo, boolean fires) {
            Assessment assessment = full(RecordBuilder.completeMale(50)
                    .medication(atc, MedicationStatus.STOPPED, ASSESSED.minusDays(daysAgo)));

            assertThat(ruleIds(assessment)).isEqualTo(fires ? List.of("INF-LIVE-VACCINE") : List.of());
        }

        @Test
        void liveVaccineWithoutADateCountsAsRecent() {
            Assessment assessment = full(RecordBuilder.completeMale(50).medication("J07BL01", MedicationStatus.STOPPED, null));

            assertFindings(assessment,
                    fired("INF-LIVE-VACCINE", RELATIVE, "medication J07BL01", "stopped, no end date"));
        }
    }

    @Nested
    class Cardiac {

        @ParameterizedTest(name = "{0} with onset {2} days after {1} months ago → {3}")
        @CsvSource({"I21.4, 6, 1, CARD-RECENT-ACS", "I22.1, 2, 0, CARD-RECENT-ACS", "I23.0, 1, 0, CARD-RECENT-ACS",
            "I24.9, 6, 1, CARD-RECENT-ACS", "I24.9, 6, 0, CARD-CORONARY", "I20.9, 1, 0, CARD-CORONARY"})
        void acuteIschaemicHeartDiseaseIsAbsoluteForSixMonths(String icd10, int months, int daysLater, String ruleId) {
            Assessment assessment = full(RecordBuilder.completeMale(60).lab("10230-1", 60)
                    .condition(icd10, ConditionStatus.ACTIVE, ASSESSED.minusMonths(months).plusDays(daysLater), null));

            assertThat(ruleIds(assessment)).containsExactly(ruleId);
        }

        @ParameterizedTest(name = "I25.2 with onset {1} days after {0} months ago is a recent infarction: {2}")
        @CsvSource({"6, 1, true", "6, 0, false"})
        void oldInfarctionWithARecentOnsetIsAbsolute(int months, int daysLater, boolean recent) {
            Assessment assessment = full(RecordBuilder.completeMale(60).lab("10230-1", 60)
                    .condition("I25.2", ConditionStatus.ACTIVE, ASSESSED.minusMonths(months).plusDays(daysLater), null));

            assertThat(ruleIds(assessment)).isEqualTo(recent ? List.of("CARD-OLD-MI-RECENT", "CARD-CORONARY")
                    : List.of("CARD-CORONARY"));
        }

        @Test
        void oldInfarctionWithoutAnOnsetDateIsCoronaryDiseaseOnly() {
            Assessment assessment = full(RecordBuilder.completeMale(60).lab("10230-1", 60)
                    .condition("I25.2", ConditionStatus.ACTIVE, null, null));

            assertThat(ruleIds(assessment)).containsExactly("CARD-CORONARY");
        }

        @ParameterizedTest(name = "{0} with onset {2} days after {1} months ago → thromboembolism finding: {3}")
        @CsvSource({"I26.99, 6, 1, true", "I26.99, 6, 0, false", "I80.1, 1, 0, true", "I82.40, 1, 0, true",
            "I60.9, 1, 0, true", "I64, 1, 0, true", "G45.9, 5, 0, true", "I83.9, 1, 0, false", "I65.2, 1, 0, false",
            "G46.3, 1, 0, false", "I27.0, 1, 0, false"})
        void embolismThrombosisStrokeOrTiaInSixMonthsNeedsAPhysician(String icd10, int months, int daysLater,
                                                                      boolean fires) {
            Assessment assessment = full(RecordBuilder.completeMale(60).condition(icd10, ConditionStatus.RESOLVED,
                    ASSESSED.minusMonths(months).plusDays(daysLater), null));

            assertThat(ruleIds(assessment)).isEqualTo(fires ? List.of("CARD-THROMBOEMBOLISM") : List.of());
        }

        @Test
        void undatedThromboembolismCountsAsRecent() {
            Assessment assessment = full(RecordBuilder.completeMale(60).condition("I26.0", ConditionStatus.RESOLVED, null, null));

            assertFindings(assessment,
                    fired("CARD-THROMBOEMBOLISM", RELATIVE, "condition I26.0", "onset date unknown"));
        }
    }

    @Nested
    class Autoimmune {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"G35", "K50.90", "K51.00", "M45.9", "L40.50", "K75.4", "G70.00", "M35.2"})
        void immuneMediatedDiseaseIsRelativeWhenActiveAndAPrecautionInRemission(String icd10) {
            assertThat(withCondition(icd10, ConditionStatus.ACTIVE).findings()).extracting(Evaluations::described)
                    .containsExactly(fired("AUTO-IMMUNE-MEDIATED-ACTIVE", RELATIVE, "condition " + icd10, "active"));
            assertThat(withCondition(icd10, ConditionStatus.REMISSION).outcome()).isEqualTo(Outcome.ELIGIBLE_WITH_PRECAUTIONS);
            assertThat(ruleIds(withCondition(icd10, ConditionStatus.RESOLVED))).containsExactly("AUTO-IMMUNE-MEDIATED-REMISSION");
        }

        @ParameterizedTest(name = "{0} is not in the list")
        @ValueSource(strings = {"G36.0", "K52.9", "M46.1", "L40.4", "K75.3", "G70.1", "M35.3"})
        void neighbouringCodesAreNotImmuneMediatedDisease(String icd10) {
            assertThat(withCondition(icd10, ConditionStatus.ACTIVE).findings()).isEmpty();
        }
    }

    @Nested
    class Coagulation {

        @ParameterizedTest(name = "platelets {0} → {1}")
        @CsvSource({"19.9, COAG-PLATELETS-SEVERE", "20, COAG-PLATELETS-LOW", "49.9, COAG-PLATELETS-LOW", "50, ''"})
        void plateletLimits(double platelets, String ruleId) {
            Assessment assessment = full(RecordBuilder.completeMale(50).lab("777-3", platelets));

            assertThat(ruleIds(assessment)).isEqualTo(ruleId.isEmpty() ? List.of() : List.of(ruleId));
        }

        @ParameterizedTest(name = "INR {0} → finding: {1}")
        @CsvSource({"1.5, false", "1.51, true"})
        void inrAboveOnePointFive(double inr, boolean fires) {
            Assessment assessment = full(RecordBuilder.completeMale(50).lab("34714-6", inr));

            assertThat(ruleIds(assessment)).isEqualTo(fires ? List.of("COAG-INR") : List.of());
        }

        @ParameterizedTest(name = "haemoglobin {0} g/dL → finding: {1}")
        @CsvSource({"7.99, true", "8, false"})
        void haemoglobinBelowEight(double haemoglobin, boolean fires) {
            Assessment assessment = full(RecordBuilder.completeMale(50).lab("718-7", haemoglobin));

            assertThat(ruleIds(assessment)).isEqualTo(fires ? List.of("COAG-ANAEMIA") : List.of());
        }

        @ParameterizedTest(name = "{0} {1} → finding: {2}")
        @CsvSource({"D65, ACTIVE, true", "D66, RECURRENCE, true", "D68.9, ACTIVE, true", "D68.9, RESOLVED, false",
            "D64.9, ACTIVE, false", "D69.6, ACTIVE, false"})
        void activeCoagulationDefect(String icd10, ConditionStatus status, boolean fires) {
            assertThat(ruleIds(withCondition(icd10, status))).isEqualTo(fires ? List.of("COAG-DEFECT") : List.of());
        }

        @Test
        void plateletCountIsRequired() {
            Assessment assessment = full(RecordBuilder.completeMale(50).withoutLab("777-3"));

            assertIncomplete(assessment, "LOINC 777-3");
        }

        @ParameterizedTest(name = "{0} active before a knee injection needs a physician")
        @ValueSource(strings = {"B01AA03", "B01AB05", "B01AE07", "B01AF01"})
        void anticoagulantBeforeAnIntraArticularInjectionIsRelative(String atc) {
            Assessment assessment = full(RecordBuilder.completeMale(50).activeMedication(atc));

            assertFindings(assessment,
                    fired("COAG-ANTICOAGULANT-INTRA-ARTICULAR", RELATIVE, "medication " + atc, "active"));
        }

        @Test
        void anticoagulantWithAnIntravenousRouteIsAPrecautionWatchedInThePlan() {
            Assessment assessment = full(RecordBuilder.completeMale(50).indication("type-2-diabetes")
                    .activeMedication("B01AF01"));

            assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                    fired("COAG-ANTICOAGULANT-INTRAVENOUS", PRECAUTION, "medication B01AF01", "active"));
            assertThat(assessment.plan().monitoring()).anyMatch(item -> item.contains("COAG-ANTICOAGULANT-INTRAVENOUS"));
        }

        @ParameterizedTest(name = "{0} is no therapeutic anticoagulant")
        @ValueSource(strings = {"B01AC06", "B01AD01", "B02BA01"})
        void antiplateletsAndOtherAntithromboticsDoNotCount(String atc) {
            assertThat(full(RecordBuilder.completeMale(50).activeMedication(atc)).findings()).isEmpty();
        }
    }

    @Nested
    class OrganFunction {

        @ParameterizedTest(name = "SpO2 {0} with {1} → {2}")
        @CsvSource({"84, type-2-diabetes, ORG-HYPOXAEMIA-INTRAVENOUS", "85, type-2-diabetes, ORG-HYPOXAEMIA",
            "89, type-2-diabetes, ORG-HYPOXAEMIA", "90, type-2-diabetes, ''",
            "84, knee-osteoarthritis, ORG-HYPOXAEMIA", "90, knee-osteoarthritis, ''"})
        void oxygenSaturationByRoute(int spo2, String indication, String ruleId) {
            Assessment assessment = full(RecordBuilder.completeMale(50).indication(indication).spo2(spo2));

            assertThat(ruleIds(assessment)).isEqualTo(ruleId.isEmpty() ? List.of() : List.of(ruleId));
        }

        @ParameterizedTest(name = "{0} {1} → finding: {2}")
        @CsvSource({"Z99.2, RESOLVED, ORG-KIDNEY-FAILURE", "N18.5, ACTIVE, ORG-KIDNEY-FAILURE",
            "N18.6, REMISSION, ORG-KIDNEY-FAILURE", "N18.4, ACTIVE, ''", "N18.9, ACTIVE, ''", "Z99.3, ACTIVE, ''",
            "K72.90, RESOLVED, ORG-HEPATIC-FAILURE", "K72.00, ACTIVE, ORG-HEPATIC-FAILURE", "K71.9, ACTIVE, ''",
            "K73.9, ACTIVE, ''"})
        void kidneyAndLiverFailureWhateverTheirStatus(String icd10, ConditionStatus status, String ruleId) {
            assertThat(ruleIds(withCondition(icd10, status))).isEqualTo(ruleId.isEmpty() ? List.of() : List.of(ruleId));
        }

        @ParameterizedTest(name = "creatinine {0} mg/dL with eGFR on file: {1} → finding: {2}")
        @CsvSource({"3.0, false, false", "3.01, false, true", "3.01, true, false"})
        void creatinineStandsInForAMissingEgfr(double creatinine, boolean egfrOnFile, boolean fires) {
            RecordBuilder record = RecordBuilder.completeMale(50).lab("2160-0", creatinine);
            if (!egfrOnFile) {
                record.withoutLab("62238-1");
            }

            assertThat(ruleIds(full(record))).isEqualTo(fires ? List.of("ORG-CREATININE") : List.of());
        }

        @ParameterizedTest(name = "HbA1c {0} % → finding: {1}")
        @CsvSource({"10, false", "10.1, true"})
        void hba1cAboveTen(double hba1c, boolean fires) {
            Assessment assessment = full(RecordBuilder.completeMale(50).lab("4548-4", hba1c));

            assertThat(ruleIds(assessment)).isEqualTo(fires ? List.of("ORG-HBA1C") : List.of());
        }
    }
}
