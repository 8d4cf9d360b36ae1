package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertFindings;
import static org.mscpathway.screening.Evaluations.assertIncomplete;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.missingItems;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;
import static org.mscpathway.screening.assessment.Severity.ABSOLUTE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.UncountedResult;
import org.mscpathway.screening.record.PregnancyStatus;
import org.mscpathway.screening.record.Sex;

class PregnancyRulesTest {

    private static final MissingData PREGNANCY_TEST =
            new MissingData("LOINC 2106-3", "female of childbearing age: pregnancy test within 14 days");

    @Test
    void pregnantPatientIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeFemale(31).pregnancy(PregnancyStatus.PREGNANT));

        assertVerdict(assessment, Outcome.INELIGIBLE,
                fired("PREG-PREGNANT", ABSOLUTE, "medicalHistory.pregnancy", "pregnant"));
        assertThat(assessment.plan()).isNull();
    }

    @Test
    void positiveSerumTestIsIneligibleAndDoesNotCountAsTheRequiredNegativeTest() {
        Assessment assessment = full(RecordBuilder.completeFemale(30)
                .qualitative("2118-8", "positive", ASSESSED.minusDays(2)));

        assertVerdict(assessment, Outcome.INELIGIBLE,
                fired("PREG-HCG-POSITIVE", ABSOLUTE, "LOINC 2118-8", "positive on 2026-11-23"));
        assertThat(assessment.missing()).containsExactly(PREGNANCY_TEST);
    }

    @Test
    void aNegativeTestNewerThanAPositiveOneDecides() {
        Assessment assessment = full(RecordBuilder.completeFemale(30)
                .qualitative("2106-3", "positive", ASSESSED.minusDays(40)));

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void twoResultsOfTheSameDayCountAsTheWorse() {
        Assessment assessment = full(RecordBuilder.completeFemale(30)
                .qualitative("2106-3", "positive", ASSESSED.minusDays(5)));

        assertFindings(assessment, fired("PREG-HCG-POSITIVE", ABSOLUTE, "LOINC 2106-3", "positive on 2026-11-20"));
    }

    @Test
    void lactatingPatientIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeFemale(29).lactating(true));

        assertVerdict(assessment, Outcome.INELIGIBLE,
                fired("PREG-LACTATING", ABSOLUTE, "medicalHistory.lactating", "true"));
    }

    @ParameterizedTest(name = "test {0} days old satisfies the requirement: {1}")
    @CsvSource({"0, true, ''", "14, true, ''", "15, false, older than 14 days", "-1, false, dated after the assessment date"})
    void negativeTestMustBeAtMostFourteenDaysOldAndNotFutureDated(int daysOld, boolean satisfies, String notCounted) {
        Assessment assessment = full(RecordBuilder.completeFemale(40).withoutLab("2106-3")
                .qualitative("2106-3", "negative", ASSESSED.minusDays(daysOld)));

        assertThat(assessment.outcome()).isEqualTo(satisfies ? Outcome.ELIGIBLE : Outcome.INCOMPLETE);
        assertThat(assessment.missing()).isEqualTo(satisfies ? java.util.List.of() : java.util.List.of(new MissingData(
                PREGNANCY_TEST.item(), PREGNANCY_TEST.reason() + "; the result on file is not counted: " + notCounted)));
        assertThat(assessment.notCounted()).isEqualTo(satisfies ? java.util.List.of()
                : java.util.List.of(new UncountedResult("LOINC 2106-3", notCounted)));
        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void indeterminateTestDoesNotSatisfyTheRequirement() {
        Assessment assessment = full(RecordBuilder.completeFemale(40).lab("2106-3", "indeterminate"));

        assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(assessment.missing()).containsExactly(PREGNANCY_TEST);
    }

    @ParameterizedTest(name = "female aged {0} needs a pregnancy test: {1}")
    @CsvSource({"11, false", "12, true", "55, true", "56, false"})
    void pregnancyTestIsRequiredFromTwelveToFiftyFiveInclusive(int age, boolean required) {
        Assessment assessment = full(RecordBuilder.completeFemale(age).withoutLab("2106-3"));

        assertThat(missingItems(assessment)).isEqualTo(required ? java.util.List.of("LOINC 2106-3") : java.util.List.of());
    }

    @ParameterizedTest
    @EnumSource(value = Sex.class, names = {"FEMALE", "OTHER", "UNKNOWN"})
    void everySexButMaleNeedsAPregnancyTest(Sex sex) {
        Assessment assessment = full(RecordBuilder.completeMale(30).sex(sex));

        assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(assessment.missing()).containsExactly(PREGNANCY_TEST);
    }

    @Test
    void womanOfUnknownAgeNeedsAPregnancyTestAndHerBirthDate() {
        Assessment assessment = full(RecordBuilder.completeFemale(40).birthDate(null).withoutLab("2106-3"));

        assertIncomplete(assessment, "LOINC 2106-3", "patient.birthDate");
    }

    @Test
    void manNeverNeedsAPregnancyTest() {
        assertThat(full(RecordBuilder.completeMale(30)).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }
}
