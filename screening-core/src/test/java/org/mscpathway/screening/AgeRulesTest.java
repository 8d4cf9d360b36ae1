package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertFindings;
import static org.mscpathway.screening.Evaluations.assertIncomplete;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.missingItems;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;
import static org.mscpathway.screening.assessment.Severity.PRECAUTION;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;

class AgeRulesTest {

    @ParameterizedTest(name = "{0} years → {1}")
    @CsvSource({"17, AGE-MINOR", "18, ", "74, ", "75, AGE-ELDERLY", "90, AGE-ELDERLY"})
    void minorsNeedAPhysicianAndTheElderlyAReducedDose(int age, String ruleId) {
        Assessment assessment = full(RecordBuilder.completeMale(age));

        assertFindings(assessment, ruleId == null
                ? List.of()
                : List.of(fired(ruleId, age < 18 ? RELATIVE : PRECAUTION, "patient.age", age + " years")));
    }

    @Test
    void onTheEighteenthBirthdayThePatientIsAnAdult() {
        Assessment adult = full(RecordBuilder.completeMale(18).birthDate(ASSESSED.minusYears(18)));
        Assessment minor = full(RecordBuilder.completeMale(18).birthDate(ASSESSED.minusYears(18).plusDays(1)));

        assertThat(adult.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertFindings(minor, fired("AGE-MINOR", RELATIVE, "patient.age", "17 years"));
    }

    @Test
    void onTheSeventyFifthBirthdayTheDoseIsHalved() {
        Assessment assessment = full(RecordBuilder.completeMale(75).birthDate(ASSESSED.minusYears(75)));

        assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                fired("AGE-ELDERLY", PRECAUTION, "patient.age", "75 years"));
        assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(25_000_000L);
    }

    @Test
    void unknownBirthDateIsMissing() {
        Assessment assessment = full(RecordBuilder.completeMale(40).birthDate(null));

        assertIncomplete(assessment, "patient.birthDate");
    }

    @Test
    void birthDateAfterTheAssessmentDateCountsAsUnknown() {
        Assessment assessment = full(RecordBuilder.completeMale(40).birthDate(ASSESSED.plusDays(1)));

        assertThat(assessment.findings()).isEmpty();
        assertThat(missingItems(assessment)).containsExactly("patient.birthDate");
    }
}
