package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;
import static org.mscpathway.screening.assessment.Severity.PRECAUTION;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.record.ConditionStatus;

class AutoimmuneRulesTest {

    @ParameterizedTest(name = "active {0} needs a physician")
    @ValueSource(strings = {"M32.14", "M05.79", "M06.9", "M35.00", "M35.01", "M34.0", "M33.20", "M30.0", "M31.3"})
    void activeSystemicAutoimmuneDiseaseNeedsAPhysician(String icd10) {
        Assessment assessment = full(RecordBuilder.completeMale(40).activeCondition(icd10));

        assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW,
                fired("AUTO-ACTIVE", RELATIVE, "condition " + icd10, "active"));
    }

    @ParameterizedTest(name = "{0} is not a listed systemic autoimmune disease")
    @ValueSource(strings = {"M35.1", "M07.3", "M36", "M29"})
    void otherRheumatologicalCodesDoNotCount(String icd10) {
        assertThat(full(RecordBuilder.completeMale(40).activeCondition(icd10)).findings()).isEmpty();
    }

    @Test
    void lupusInRemissionIsAPrecautionMonitoredInThePlan() {
        Assessment assessment = full(RecordBuilder.completeMale(40)
                .condition("M32.9", ConditionStatus.REMISSION, LocalDate.of(2015, 1, 1), ASSESSED.minusYears(2)));

        assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS,
                fired("AUTO-REMISSION", PRECAUTION, "condition M32.9", "remission on 2024-11-25"));
        assertThat(assessment.plan().adjustments()).containsExactly(
                new PlanAdjustment("AUTO-REMISSION", "monitoring: Systemic autoimmune disease in remission"));
        assertThat(assessment.plan().monitoring()).containsExactly("review at 6 months",
                "Systemic autoimmune disease in remission (AUTO-REMISSION): review at each visit");
        assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(50_000_000L);
    }
}
