package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mscpathway.workflow.pathway.CaseData.COORDINATOR;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.workflow.testapp.WorkflowTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the pages tell of a case without reading its record: the digest of its latest assessment (the main finding,
 * the missing items) for a page of notifications, and its history for the timeline, for the care team only.
 */
@WorkflowTest
class CaseHistoryTest {

    @Autowired
    ScreeningCases cases;

    @Test
    void theLatestAssessmentOfACaseNamesItsMainFindingOnlyToItsTeam() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        cases.submitMedicalHistory(id, CaseData.pregnantHistory(), COORDINATOR, null);

        AssessmentDigest latest = cases.latestAssessments(List.of(id), CaseData.TEAM).get(id);

        assertThat(latest).extracting(AssessmentDigest::outcome, AssessmentDigest::mode, AssessmentDigest::mainRuleId,
                        AssessmentDigest::mainTitle)
                .containsExactly("INELIGIBLE", "PARTIAL", "PREG-PREGNANT", "Pregnancy");
        assertThat(cases.history(id, CaseData.TEAM).assessments()).last()
                .extracting(AssessmentDigest::mainRuleId).isEqualTo("PREG-PREGNANT");
        assertThat(cases.latestAssessments(List.of(id), CareTeams.of("another-team"))).isEmpty();
    }

    @Test
    void theHistoryTellsWhoEnteredEachStepAndWhatEachProvisionalEvaluationConcluded() {
        UUID id = CaseWalk.throughPhysicalExam(cases);

        CaseHistory history = cases.history(id, CaseData.TEAM);

        assertThat(history.entered()).extracting(CaseHistory.Entered::step, CaseHistory.Entered::enteredBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Step.MEDICAL_HISTORY, "coordinator"),
                        org.assertj.core.groups.Tuple.tuple(Step.PHYSICAL_EXAM, "coordinator"));
        assertThat(history.assessments()).extracting(AssessmentDigest::step, AssessmentDigest::mode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MEDICAL_HISTORY", "PARTIAL"),
                        org.assertj.core.groups.Tuple.tuple("PHYSICAL_EXAM", "PARTIAL"));
        assertThat(history.events()).isNotEmpty();
        assertThatThrownBy(() -> cases.history(id, CareTeams.of("another-team")))
                .isInstanceOf(CaseNotFoundException.class);
    }
}
