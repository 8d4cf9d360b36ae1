package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertAllergyRegimen;
import static org.mscpathway.screening.Evaluations.assertFindings;
import static org.mscpathway.screening.Evaluations.assertIncomplete;
import static org.mscpathway.screening.Evaluations.assertRulesFired;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.cardiacCare;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.incomplete;
import static org.mscpathway.screening.Evaluations.intravenousCells;
import static org.mscpathway.screening.Evaluations.missingItems;
import static org.mscpathway.screening.Evaluations.severeComponentReaction;
import static org.mscpathway.screening.Evaluations.verdict;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;
import static org.mscpathway.screening.assessment.Severity.ABSOLUTE;
import static org.mscpathway.screening.assessment.Severity.PRECAUTION;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;
import static org.mscpathway.screening.record.AllergySeverity.MILD;
import static org.mscpathway.screening.record.AllergySeverity.MODERATE;
import static org.mscpathway.screening.record.AllergySeverity.SEVERE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.Imaging;
import org.mscpathway.screening.record.MedicationStatus;

/**
 * The cells of the rule catalogue and plan tables (docs/clinical-rules.md) that the per-group tests leave open: birthday and
 * date-window edges, code ranges at their ends, statuses other than the one each group test uses, and the outcome
 * precedence between a relative finding and a precaution. One behaviour per test or table row.
 */
class CatalogueAuditTest {

    private static final LocalDate ONSET = LocalDate.of(2012, 5, 1);
    private static final LocalDate LAB_DATE = RecordBuilder.LAB_DATE;

    /**
     * The cells a record and its verdict say in full, by rule group: the outcome and exactly the findings, with their
     * evidence. What a row cannot say (the plan, the missing items alongside) has its own test in the groups below.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachCellGetsItsVerdict(RecordBuilder record, Outcome outcome, Tuple[] findings) {
        assertVerdict(full(record), outcome, findings);
    }

    static Stream<Arguments> eachCellGetsItsVerdict() {
        return Stream.of(
                // malignancy
                verdict("malignancy in remission for five years or more still needs a physician",
                        RecordBuilder.completeMale(60)
                                .condition("C61", ConditionStatus.REMISSION, ONSET, ASSESSED.minusYears(8)),
                        Outcome.PHYSICIAN_REVIEW,
                        fired("MAL-RECENT", RELATIVE, "condition C61", "remission on 2018-11-25")),
                verdict("skin cancer in remission for five years or more still needs a physician",
                        RecordBuilder.completeMale(60)
                                .condition("C44.91", ConditionStatus.REMISSION, ONSET, ASSESSED.minusYears(6)),
                        Outcome.PHYSICIAN_REVIEW,
                        fired("MAL-RECENT", RELATIVE, "condition C44.91", "remission on 2020-11-25")),
                verdict("malignancy resolved without an abatement date counts as recent",
                        RecordBuilder.completeMale(60)
                                .condition("C18.9", ConditionStatus.RESOLVED, LocalDate.of(1990, 1, 1), null),
                        Outcome.PHYSICIAN_REVIEW,
                        fired("MAL-RECENT", RELATIVE, "condition C18.9", "resolved, no abatement date")),
                verdict("resolved genetic susceptibility still needs a physician",
                        RecordBuilder.completeMale(45)
                                .condition("Z15.01", ConditionStatus.RESOLVED, ONSET, ONSET.plusYears(1)),
                        Outcome.PHYSICIAN_REVIEW,
                        fired("MAL-GENETIC-SUSCEPTIBILITY", RELATIVE, "condition Z15.01", "resolved on 2013-05-01")),
                verdict("other genetic susceptibility (Z15.89) is not malignancy susceptibility",
                        RecordBuilder.completeMale(45).activeCondition("Z15.89"), Outcome.ELIGIBLE),
                verdict("abnormal imaging not suspicious for malignancy is no finding",
                        RecordBuilder.completeMale(60).imaging(new Imaging("CT", "chest", LAB_DATE, "abnormal", false)),
                        Outcome.ELIGIBLE),
                // autoimmune disease
                verdict("recurrent lupus needs a physician",
                        RecordBuilder.completeMale(40).condition("M32.14", ConditionStatus.RECURRENCE, ONSET, null),
                        Outcome.PHYSICIAN_REVIEW, fired("AUTO-ACTIVE", RELATIVE, "condition M32.14", "recurrence")),
                verdict("resolved rheumatoid arthritis is a precaution, like remission",
                        RecordBuilder.completeMale(40)
                                .condition("M05.79", ConditionStatus.RESOLVED, ONSET, ONSET.plusYears(2)),
                        Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                        fired("AUTO-REMISSION", PRECAUTION, "condition M05.79", "resolved on 2014-05-01")),
                // infection
                verdict("recurrent sepsis is absolute",
                        RecordBuilder.completeMale(50).condition("A41.9", ConditionStatus.RECURRENCE, ONSET, null),
                        Outcome.INELIGIBLE, fired("INF-ACTIVE-SEVERE", ABSOLUTE, "condition A41.9", "recurrence")),
                verdict("sepsis in remission since last month needs a physician",
                        RecordBuilder.completeMale(50).condition("A40.1", ConditionStatus.REMISSION,
                                ASSESSED.minusDays(45), ASSESSED.minusDays(30)),
                        Outcome.PHYSICIAN_REVIEW,
                        fired("INF-RECENT-SEPSIS", RELATIVE, "condition A40.1", "remission on 2026-10-26")),
                verdict("resolved tuberculosis is not recent sepsis",
                        RecordBuilder.completeMale(50).condition("A15.0", ConditionStatus.RESOLVED,
                                ASSESSED.minusDays(200), ASSESSED.minusDays(10)),
                        Outcome.ELIGIBLE),
                verdict("a temperature just below 38 °C is no fever",
                        RecordBuilder.completeMale(50).temperatureC(37.99), Outcome.ELIGIBLE),
                verdict("a temperature of exactly 38 °C is absolute",
                        RecordBuilder.completeMale(50).temperatureC(38.0),
                        Outcome.INELIGIBLE, fired("INF-FEVER", ABSOLUTE, "physicalExam.temperatureC", "38")),
                verdict("an active systemic corticosteroid alone is immunosuppression",
                        RecordBuilder.completeMale(50).activeMedication("H02AB06"),
                        Outcome.PHYSICIAN_REVIEW,
                        fired("INF-IMMUNOSUPPRESSED", RELATIVE, "medication H02AB06", "active")),
                verdict("a stopped systemic corticosteroid is not immunosuppression",
                        RecordBuilder.completeMale(50)
                                .medication("H02AB06", MedicationStatus.STOPPED, ASSESSED.minusDays(2)),
                        Outcome.ELIGIBLE),
                verdict("an antibiotic stopped today is recent",
                        RecordBuilder.completeMale(50).medication("J01CA04", MedicationStatus.STOPPED, ASSESSED),
                        Outcome.PHYSICIAN_REVIEW,
                        fired("INF-ANTIBIOTIC", RELATIVE, "medication J01CA04", "stopped on 2026-11-25")),
                // cardiac
                verdict("unstable angina two months ago is absolute",
                        withNormalEcho("I20.0", ConditionStatus.RESOLVED, ASSESSED.minusMonths(2)),
                        Outcome.INELIGIBLE, fired("CARD-RECENT-ACS", ABSOLUTE, "condition I20.0", "onset 2026-09-25")),
                verdict("unstable angina six months ago is coronary disease",
                        withNormalEcho("I20.0", ConditionStatus.RESOLVED, ASSESSED.minusMonths(6)),
                        Outcome.PHYSICIAN_REVIEW,
                        fired("CARD-CORONARY", RELATIVE, "condition I20.0", "resolved, no abatement date")),
                verdict("other angina last month is coronary disease, not an acute syndrome",
                        withNormalEcho("I20.8", ConditionStatus.ACTIVE, ASSESSED.minusMonths(1)),
                        Outcome.PHYSICIAN_REVIEW, fired("CARD-CORONARY", RELATIVE, "condition I20.8", "active")),
                verdict("an acute myocardial infarction subcode last week is absolute",
                        withNormalEcho("I21.4", ConditionStatus.ACTIVE, ASSESSED.minusDays(7)),
                        Outcome.INELIGIBLE, fired("CARD-RECENT-ACS", ABSOLUTE, "condition I21.4", "onset 2026-11-18")),
                verdict("heart failure with a normal echo and NYHA class I needs a physician",
                        RecordBuilder.completeMale(60).activeCondition("I50.9").lab("18043-0", 55),
                        Outcome.PHYSICIAN_REVIEW, fired("CARD-HEART-FAILURE", RELATIVE, "condition I50.9", "active")),
                verdict("hypertension elsewhere in the circulatory chapter needs no echo",
                        RecordBuilder.completeMale(60).activeCondition("I10").activeCondition("I26.9"),
                        Outcome.ELIGIBLE));
    }

    /** An echo within limits (LVEF 58 %), so only the condition can decide. */
    private static RecordBuilder withNormalEcho(String icd10, ConditionStatus status, LocalDate onset) {
        return RecordBuilder.completeMale(60).lab("10230-1", 58).condition(icd10, status, onset, null);
    }

    /** What is missing, or must be repeated, leaves the assessment incomplete for exactly that. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachGapLeavesTheAssessmentIncomplete(RecordBuilder record, String[] items) {
        assertIncomplete(full(record), items);
    }

    static Stream<Arguments> eachGapLeavesTheAssessmentIncomplete() {
        return Stream.of(
                incomplete("an indeterminate HIV test must be repeated",
                        RecordBuilder.completeMale(50).lab("56888-1", "indeterminate"), "LOINC 56888-1"),
                incomplete("an indeterminate syphilis serology must be repeated",
                        RecordBuilder.completeMale(50).lab("20507-0", "indeterminate"), "LOINC 20507-0"),
                incomplete("an absent medication list is missing",
                        RecordBuilder.completeMale(50).medicationsNotAsked(), "medicalHistory.medications"),
                incomplete("a missing temperature is missing",
                        RecordBuilder.completeMale(50).temperatureC(null), "physicalExam.temperatureC"),
                incomplete("a missing leukocyte count is missing",
                        RecordBuilder.completeMale(50).withoutLab("6690-2"), "LOINC 6690-2"),
                incomplete("heart failure without an echo is incomplete",
                        RecordBuilder.completeMale(60).activeCondition("I50.9"), "LOINC 10230-1"));
    }

    @Nested
    class Pregnancy {

        @Test
        void positiveUrineHcgIsAbsolute() {
            Assessment assessment = full(RecordBuilder.completeFemale(30).withoutLab("2106-3")
                    .qualitative("2106-3", "positive", ASSESSED.minusDays(2)));

            assertVerdict(assessment, Outcome.INELIGIBLE,
                    fired("PREG-HCG-POSITIVE", ABSOLUTE, "LOINC 2106-3", "positive on 2026-11-23"));
        }

        @Test
        void recentNegativeSerumHcgSatisfiesTheRequirement() {
            Assessment assessment = full(RecordBuilder.completeFemale(30).withoutLab("2106-3")
                    .qualitative("2118-8", "negative", ASSESSED.minusDays(14)));

            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(assessment.missing()).isEmpty();
        }

        @ParameterizedTest(name = "born {0} days after the 12th-birthday date → test required: {1}")
        @CsvSource({"0, true", "1, false"})
        void hcgIsRequiredFromTheTwelfthBirthday(int daysLater, boolean required) {
            Assessment assessment = full(RecordBuilder.completeFemale(12).withoutLab("2106-3")
                    .birthDate(ASSESSED.minusYears(12).plusDays(daysLater)));

            assertThat(missingItems(assessment).contains("LOINC 2106-3")).isEqualTo(required);
        }

        @ParameterizedTest(name = "born {0} days after the 56th-birthday date → test required: {1}")
        @CsvSource({"0, false", "1, true"})
        void hcgIsRequiredUntilTheDayBeforeTheFiftySixthBirthday(int daysLater, boolean required) {
            Assessment assessment = full(RecordBuilder.completeFemale(55).withoutLab("2106-3")
                    .birthDate(ASSESSED.minusYears(56).plusDays(daysLater)));

            assertThat(missingItems(assessment).contains("LOINC 2106-3")).isEqualTo(required);
            assertThat(assessment.outcome()).isEqualTo(required ? Outcome.INCOMPLETE : Outcome.ELIGIBLE);
        }

        @Test
        void pregnancyOutranksAMissingTest() {
            Assessment assessment = full(RecordBuilder.completeFemale(30).withoutLab("2106-3")
                    .pregnancy(org.mscpathway.screening.record.PregnancyStatus.PREGNANT));

            assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(missingItems(assessment)).containsExactly("LOINC 2106-3");
            assertThat(assessment.plan()).isNull();
        }
    }

    @Nested
    class Malignancy {

        @ParameterizedTest(name = "active {0} is absolute")
        @ValueSource(strings = {"C44.91", "D06.9"})
        void activeSkinCancerOrCervicalCarcinomaInSituIsAbsolute(String icd10) {
            Assessment assessment = full(RecordBuilder.completeMale(60).activeCondition(icd10));

            assertVerdict(assessment, Outcome.INELIGIBLE,
                    fired("MAL-ACTIVE", ABSOLUTE, "condition " + icd10, "active"));
        }

        @Test
        void remoteMalignancyIsAPrecautionWithAnnualSurveillance() {
            Assessment assessment = full(RecordBuilder.completeMale(60)
                    .condition("C18.9", ConditionStatus.RESOLVED, ONSET, ASSESSED.minusYears(5)));

            assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                    fired("MAL-REMOTE", PRECAUTION, "condition C18.9", "resolved on 2021-11-25"));
            assertThat(assessment.plan().adjustments())
                    .containsExactly(new PlanAdjustment("MAL-REMOTE", "annual cancer surveillance"));
            assertThat(assessment.plan().monitoring()).contains("annual cancer surveillance");
        }

        @Test
        void skinCancerResolvedLongAgoIsOnlyTheLowRiskPrecautionWithSurveillance() {
            Assessment assessment = full(RecordBuilder.completeMale(60)
                    .condition("C44.91", ConditionStatus.RESOLVED, ONSET, ASSESSED.minusYears(10)));

            assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                    fired("MAL-LOW-RISK-RESOLVED", PRECAUTION, "condition C44.91", "resolved on 2016-11-25"));
            assertThat(assessment.plan().adjustments())
                    .containsExactly(new PlanAdjustment("MAL-LOW-RISK-RESOLVED", "annual cancer surveillance"));
        }

        @Test
        void emptyConditionListMeansTheCancerHistoryWasAsked() {
            Assessment assessment = full(RecordBuilder.completeMale(60));

            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(assessment.missing()).isEmpty();
        }

        @Test
        void activeAntineoplasticOutranksAResolvedHistory() {
            Assessment assessment = full(RecordBuilder.completeMale(60).activeMedication("L01XC03")
                    .condition("C50.9", ConditionStatus.RESOLVED, ONSET, ASSESSED.minusYears(10)));

            assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(assessment.plan()).isNull();
        }
    }

    @Nested
    class Autoimmune {

        @ParameterizedTest(name = "{0} is outside the listed ranges")
        @ValueSource(strings = {"M04.1", "M29.9", "M35.3", "M36.0"})
        void neighboursOfTheListedCodesDoNotCount(String icd10) {
            Assessment assessment = full(RecordBuilder.completeMale(40).activeCondition(icd10));

            assertThat(assessment.findings()).isEmpty();
        }
    }

    @Nested
    class Infection {

        @ParameterizedTest(name = "active {0} is not sepsis or tuberculosis but another infectious disease")
        @ValueSource(strings = {"A14.9", "A20.0", "A42.0", "A39.9"})
        void codesNextToTheSepsisAndTuberculosisRangesAreOtherActiveInfectiousDiseases(String icd10) {
            Assessment assessment = full(RecordBuilder.completeMale(50).activeCondition(icd10));

            assertFindings(assessment,
                    fired("INF-ACTIVE-INFECTIOUS-DISEASE", ABSOLUTE, "condition " + icd10, "active"));
        }

        @ParameterizedTest(name = "{0} {1} is immunosuppression")
        @CsvSource({"751-8, 1.49", "6690-2, 2.99"})
        void countJustBelowItsLimitIsImmunosuppression(String loinc, double value) {
            Assessment assessment = full(RecordBuilder.completeMale(50).lab(loinc, value));

            assertRulesFired(assessment, Outcome.PHYSICIAN_REVIEW, "INF-IMMUNOSUPPRESSED");
        }

        @ParameterizedTest(name = "active {0} is not a systemic antimicrobial")
        @ValueSource(strings = {"D06AX09", "S01AA12", "A07AA09", "D01AC01", "J03AA01"})
        void onlyAtcJ01CountsAsASystemicAntibiotic(String atc) {
            Assessment assessment = full(RecordBuilder.completeMale(50).activeMedication(atc));

            assertThat(assessment.findings()).isEmpty();
        }

        @Test
        void emptyMedicationListMeansNone() {
            Assessment assessment = full(RecordBuilder.completeMale(50));

            assertThat(missingItems(assessment)).doesNotContain("medicalHistory.medications");
        }
    }

    @Nested
    class Cardiac {

        @ParameterizedTest(name = "{0}/{1} mmHg → severe: {2}")
        @CsvSource({"180, 109, true", "179, 110, true", "179, 109, false"})
        void bloodPressureLimitsAreInclusive(int systolic, int diastolic, boolean severe) {
            Assessment assessment = full(RecordBuilder.completeMale(60).bloodPressure(systolic, diastolic));

            assertThat(assessment.outcome()).isEqualTo(severe ? Outcome.PHYSICIAN_REVIEW : Outcome.ELIGIBLE);
        }

        @ParameterizedTest(name = "LOINC {0} = {1} → raised: {2}")
        @CsvSource({"33762-6, 900, false", "33762-6, 900.1, true", "30934-4, 400, false", "30934-4, 400.1, true"})
        void natriureticPeptideLimitsAreExclusive(String loinc, double value, boolean raised) {
            Assessment assessment = full(RecordBuilder.completeMale(60).lab(loinc, value));

            assertThat(assessment.outcome()).isEqualTo(raised ? Outcome.PHYSICIAN_REVIEW : Outcome.ELIGIBLE);
        }
    }

    @Nested
    class Allergy {

        @ParameterizedTest(name = "severe reaction to ''{0}'' is absolute")
        @ValueSource(strings = {"amoxicillin", "gentamicin", "Gentamicin sulfate", "aminoglycoside antibiotics",
            "DMSO", "Me2SO", "PCN", "beta-lactam antibiotics", "human serum albumin", "dextran 40", "porcine trypsin"})
        void severeReactionToAComponentByNameSynonymOrClassIsAbsolute(String substance) {
            Assessment assessment = full(RecordBuilder.completeMale(50).allergy(substance, "angioedema", SEVERE));

            assertVerdict(assessment, Outcome.INELIGIBLE, severeComponentReaction(substance, "severe: angioedema"));
        }

        @Test
        void moderateReactionToAnAminoglycosideNeedsAPhysician() {
            Assessment assessment = full(RecordBuilder.completeMale(50).allergy("tobramycin", "hives", MODERATE));

            assertRulesFired(assessment, Outcome.PHYSICIAN_REVIEW, "ALG-COMPONENT-MODERATE");
        }

        @Test
        void mildReactionToAComponentIsAPrecautionWithPremedication() {
            Assessment assessment = full(RecordBuilder.completeMale(50).allergy("DMSO", "itching", MILD));

            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE_WITH_PRECAUTIONS);
            assertAllergyRegimen(assessment.plan());
        }

        @Test
        void anaphylaxisToANonComponentIsAPrecautionWithPremedicationAndObservation() {
            Assessment assessment = full(RecordBuilder.completeMale(50).allergy("peanuts", "anaphylaxis", SEVERE));

            assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                    fired("ALG-PRIOR-ANAPHYLAXIS", PRECAUTION, "allergy peanuts", "severe: anaphylaxis"));
            assertThat(assessment.plan().adjustments()).containsExactly(
                    new PlanAdjustment("ALG-PRIOR-ANAPHYLAXIS", "antihistamine premedication"),
                    new PlanAdjustment("ALG-PRIOR-ANAPHYLAXIS", "2 h observation"));
        }

        @Test
        void anaphylaxisRecordedAsTheSubstanceWithoutAReactionIsAPriorAnaphylaxis() {
            Assessment assessment = full(RecordBuilder.completeMale(50).allergy("idiopathic anaphylaxis", null, SEVERE));

            assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                    fired("ALG-PRIOR-ANAPHYLAXIS", PRECAUTION, "allergy idiopathic anaphylaxis", "severe"));
        }

        @ParameterizedTest(name = "{0} reaction to a non-component is no finding")
        @ValueSource(strings = {"MILD", "MODERATE"})
        void milderReactionsToOtherSubstancesAreNoFinding(String severity) {
            Assessment assessment = full(RecordBuilder.completeMale(50).allergy("sulfamethoxazole", "rash",
                    org.mscpathway.screening.record.AllergySeverity.valueOf(severity)));

            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void emptyAllergyListMeansNoKnownAllergies() {
            Assessment assessment = full(RecordBuilder.completeMale(50));

            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(missingItems(assessment)).doesNotContain("medicalHistory.allergies");
        }
    }

    @Nested
    class OrganFunctionAndAge {

        @ParameterizedTest(name = "LOINC {0} = {1} → review: {2}")
        @CsvSource({"98979-8, 30, false", "98979-8, 29.9, true", "1920-8, 120, false", "1920-8, 121, true",
            "1975-2, 2.41, true"})
        void organLimitsAtTheirEdges(String loinc, double value, boolean review) {
            Assessment assessment = full(RecordBuilder.completeMale(50).lab(loinc, value));

            assertThat(assessment.outcome()).isEqualTo(review ? Outcome.PHYSICIAN_REVIEW : Outcome.ELIGIBLE);
        }

        @ParameterizedTest(name = "born {0} days after the 18th-birthday date → minor: {1}")
        @CsvSource({"0, false", "1, true"})
        void adulthoodStartsOnTheEighteenthBirthday(int daysLater, boolean minor) {
            Assessment assessment = full(RecordBuilder.completeMale(18).birthDate(ASSESSED.minusYears(18).plusDays(daysLater)));

            assertThat(assessment.outcome()).isEqualTo(minor ? Outcome.PHYSICIAN_REVIEW : Outcome.ELIGIBLE);
        }

        @ParameterizedTest(name = "born {0} days after the 75th-birthday date → elderly: {1}")
        @CsvSource({"0, true", "1, false"})
        void reducedDoseStartsOnTheSeventyFifthBirthday(int daysLater, boolean elderly) {
            Assessment assessment = full(RecordBuilder.completeMale(75).birthDate(ASSESSED.minusYears(75).plusDays(daysLater)));

            assertThat(assessment.outcome()).isEqualTo(elderly ? Outcome.ELIGIBLE_WITH_PRECAUTIONS : Outcome.ELIGIBLE);
            assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(elderly ? 25_000_000L : 50_000_000L);
        }
    }

    @Nested
    class OutcomeAndPlan {

        @Test
        void physicianReviewOutranksAPrecaution() {
            Assessment assessment = full(RecordBuilder.completeMale(50).activeMedication("J01CA04")
                    .allergy("penicillin", "rash", MILD));

            assertThat(assessment.outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
            assertThat(assessment.plan().premedication()).containsExactly("antihistamine before each administration");
        }

        @Test
        void incompleteOutranksAPrecaution() {
            Assessment assessment = full(RecordBuilder.completeMale(80).withoutLab("5196-1"));

            assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
            assertThat(assessment.plan()).isNull();
        }

        @Test
        void elderlyHeartPatientOverTheCapGetsAQuarterOfTheCappedDose() {
            Assessment assessment = full(RecordBuilder.completeMale(78).indication("autoimmune-disease")
                    .weightKg(230.0).nyhaClass(2));

            assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(50_000_000L);
            assertThat(assessment.plan().administrations()).isEqualTo(2);
            assertThat(assessment.plan().intervalWeeks()).isEqualTo(1);
        }

        @Test
        void relativeCardiacFindingDoesNotCutTheIntraArticularKneeDose() {
            Assessment assessment = full(RecordBuilder.completeMale(60).bloodPressure(185, 95));

            assertThat(assessment.outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
            assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(50_000_000L);
            assertThat(assessment.plan().adjustments()).isEmpty();
        }

        @Test
        void relativeCardiacFindingHalvesAnIntravenousDose() {
            Assessment assessment = full(RecordBuilder.completeMale(60).bloodPressure(185, 95)
                    .indication("type-2-diabetes").weightKg(80.0));

            assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(40_000_000L);
            assertThat(assessment.plan().adjustments()).containsExactlyElementsOf(cardiacCare("CARD-HYPERTENSION"));
        }

        @Test
        void weightBasedDoseIsRoundedToWholeCells() {
            assertThat(intravenousCells(50, 64.35)).isEqualTo(64_350_000L);
        }

        @Test
        void intravenousDoseWithoutWeightIsIncompleteEvenWithAPhysicianReviewFinding() {
            Assessment assessment = full(RecordBuilder.completeMale(50).indication("ischemic-heart-disease")
                    .weightKg(null).activeMedication("J01CA04"));

            assertIncomplete(assessment, "patient.weightKg");
            assertThat(assessment.plan()).isNull();
        }

        @Test
        void evidenceOfAStoppedAntibioticNamesItsEndDate() {
            Assessment assessment = full(RecordBuilder.completeMale(50)
                    .medication("J01CA04", MedicationStatus.STOPPED, ASSESSED.minusDays(13)));

            assertThat(assessment.findings().get(0).evidence())
                    .containsExactly(new Evidence("medication J01CA04", "stopped on 2026-11-12"));
        }
    }

    /** Through the record reader, as the command line and the REST API see a record. */
    @Nested
    class JsonRecords {

        private final PatientRecordReader reader = new PatientRecordReader(
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), Evaluations.SCREENING);

        private ObjectNode eligibleKneeRecord() throws Exception {
            Path file = Path.of(CatalogueAuditTest.class.getResource("/scenarios/p01-eligible-knee-oa.json").toURI());
            return (ObjectNode) new ObjectMapper().readTree(Files.readString(file)).get("record");
        }

        private Assessment evaluate(ObjectNode record) {
            return Evaluations.SCREENING.evaluate(reader.read(record), EvaluationMode.FULL);
        }

        @Test
        void allergiesAbsentIsNotAssessedButEmptyIsNoKnownAllergies() throws Exception {
            ObjectNode record = eligibleKneeRecord();
            ObjectNode history = (ObjectNode) record.get("medicalHistory");
            history.putArray("allergies");
            assertThat(evaluate(record).outcome()).isEqualTo(Outcome.ELIGIBLE);

            history.remove("allergies");
            Assessment assessment = evaluate(record);
            assertIncomplete(assessment, "medicalHistory.allergies");
        }

        @Test
        void medicationsAbsentIsNotAskedButEmptyIsNone() throws Exception {
            ObjectNode record = eligibleKneeRecord();
            ObjectNode history = (ObjectNode) record.get("medicalHistory");
            history.putArray("medications");
            assertThat(evaluate(record).outcome()).isEqualTo(Outcome.ELIGIBLE);

            history.remove("medications");
            assertThat(missingItems(evaluate(record))).containsExactly("medicalHistory.medications");
        }

        @Test
        void unknownLoincCodesAreIgnored() throws Exception {
            ObjectNode record = eligibleKneeRecord();
            ArrayNode observations = (ArrayNode) record.get("observations");
            observations.addObject().put("loinc", "94500-6").put("value", "positive").put("date", "2026-11-20");
            observations.addObject().put("loinc", "2345-7").put("value", 410).put("unit", "mg/dL")
                    .put("date", "2026-11-20");

            Assessment assessment = evaluate(record);

            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(assessment.findings()).isEmpty();
            assertThat(assessment.missing()).isEmpty();
        }

        @Test
        void qualitativeResultsAreReadWhateverTheirCase() throws Exception {
            ObjectNode record = eligibleKneeRecord();
            for (var observation : record.get("observations")) {
                if (observation.get("loinc").asText().equals("5196-1")) {
                    ((ObjectNode) observation).put("value", "Positive");
                }
            }

            Assessment assessment = evaluate(record);

            assertRulesFired(assessment, Outcome.INELIGIBLE, "INF-SEROLOGY-POSITIVE");
        }
    }
}
