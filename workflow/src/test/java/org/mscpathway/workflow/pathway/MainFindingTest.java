package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.assessment.Severity;

class MainFindingTest {

    @Test
    void theMainFindingIsTheWeightiestAndTheFirstOfEquals() {
        Assessment assessment = new Assessment(Outcome.INELIGIBLE, "2026.2", EvaluationMode.FULL, List.of(
                finding("R-1", Severity.RELATIVE), finding("P-1", Severity.PRECAUTION),
                finding("A-1", Severity.ABSOLUTE), finding("A-2", Severity.ABSOLUTE)), List.of(), null);

        assertThat(MainFinding.of(assessment)).isEqualTo(new MainFinding("A-1", Severity.ABSOLUTE, "title A-1"));
    }

    @Test
    void anAssessmentWithoutFindingsHasNoMainFinding() {
        assertThat(MainFinding.of(new Assessment(Outcome.ELIGIBLE, "2026.2", EvaluationMode.FULL, List.of(),
                List.of(), null))).isNull();
    }

    private static Finding finding(String ruleId, Severity severity) {
        return new Finding(ruleId, "1", RuleGroup.CARDIAC, severity, "title " + ruleId, "why", "source",
                List.of(new Evidence("item", "value")));
    }
}
