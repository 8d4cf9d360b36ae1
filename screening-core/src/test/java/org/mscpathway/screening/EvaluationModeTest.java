package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mscpathway.screening.Evaluations.assertIncomplete;
import static org.mscpathway.screening.Evaluations.assertRulesFired;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.partial;
import static org.mscpathway.screening.assessment.Severity.ABSOLUTE;

import org.junit.jupiter.api.Test;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.record.PregnancyStatus;
import org.mscpathway.screening.record.Sex;

class EvaluationModeTest {

    @Test
    void partialEvaluationOfANewCaseIsProvisionallyEligibleAndAsksForNothing() {
        Assessment assessment = partial(RecordBuilder.newCase(Sex.FEMALE, 30));

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.mode()).isEqualTo(EvaluationMode.PARTIAL);
        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.missing()).isEmpty();
        assertThat(assessment.plan()).isNull();
    }

    @Test
    void fullEvaluationOfANewCaseListsEverythingStillNeeded() {
        Assessment assessment = full(RecordBuilder.newCase(Sex.FEMALE, 30).indication("type-2-diabetes").weightKg(null));

        assertIncomplete(assessment, "LOINC 2106-3", "medicalHistory.lactating",
                "medicalHistory.conditions", "LOINC 56888-1", "LOINC 5196-1", "LOINC 16128-1", "LOINC 20507-0",
                "LOINC 6690-2", "physicalExam.temperatureC", "medicalHistory.medications", "medicalHistory.allergies",
                "LOINC 777-3", "patient.weightKg");
    }

    @Test
    void pregnancyKnownFromTheHistoryEndsScreeningEarly() {
        Assessment assessment = partial(RecordBuilder.newCase(Sex.FEMALE, 30).pregnancy(PregnancyStatus.PREGNANT));

        assertVerdict(assessment, Outcome.INELIGIBLE,
                fired("PREG-PREGNANT", ABSOLUTE, "medicalHistory.pregnancy", "pregnant"));
        assertThat(assessment.missing()).isEmpty();
    }

    @Test
    void relativeFindingWithMissingDataIsIncomplete() {
        Assessment assessment = full(RecordBuilder.completeMale(45).activeMedication("J01CA04").withoutLab("6690-2"));

        assertRulesFired(assessment, Outcome.INCOMPLETE, "INF-ANTIBIOTIC");
    }

    @Test
    void partialOutcomeIsTheWorstFindings() {
        Assessment assessment = partial(RecordBuilder.completeMale(80).activeMedication("J01CA04").withoutLab("6690-2"));

        assertRulesFired(assessment, Outcome.PHYSICIAN_REVIEW, "INF-ANTIBIOTIC", "AGE-ELDERLY");
    }

    @Test
    void everyAssessmentRecordsItsRulesetVersion() {
        assertThat(full(RecordBuilder.completeMale(45)).rulesetVersion()).isEqualTo("2026.2");
    }

    @Test
    void unknownIndicationIsRefusedByName() {
        assertThatThrownBy(() -> full(RecordBuilder.completeMale(45).indication("hair-loss")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the record's indication is not one of ruleset")
                .hasMessageContaining("knee-osteoarthritis");
    }
}
