package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.testsupport.WithRealServices;
import org.mscpathway.workflow.testapp.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the pages tell of a case without reading its record: the digest of its latest assessment (the main finding,
 * the missing items) for a page of notifications, and its history for the timeline, for the care team only.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
@WithRealServices
class CaseHistoryTest {

    static final CaseActor COORDINATOR = ScreeningPathwayTest.COORDINATOR;

    @Autowired
    ScreeningCases cases;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMainFindingIsTheWeightiestAndTheFirstOfEquals() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        jdbc.sql("""
                INSERT INTO msc.case_assessment (case_id, step, mode, outcome, ruleset_version, body, assessed_at)
                VALUES (?, 'INVESTIGATIONS', 'FULL', 'INELIGIBLE', '2026.2', CAST(? AS jsonb), now())""")
                .params(id, """
                        {"outcome": "INELIGIBLE", "missing": [{"item": "LOINC 2106-3", "reason": "r"}],
                         "findings": [{"ruleId": "R-1", "severity": "RELATIVE", "title": "Relative"},
                                      {"ruleId": "P-1", "severity": "PRECAUTION", "title": "Precaution"},
                                      {"ruleId": "A-1", "severity": "ABSOLUTE", "title": "First absolute"},
                                      {"ruleId": "A-2", "severity": "ABSOLUTE", "title": "Second absolute"}]}""")
                .update();

        AssessmentDigest latest = cases.latestAssessments(List.of(id), CaseData.TEAM).get(id);

        assertThat(latest).extracting(AssessmentDigest::outcome, AssessmentDigest::mode, AssessmentDigest::mainRuleId,
                        AssessmentDigest::mainTitle, AssessmentDigest::missingItems)
                .containsExactly("INELIGIBLE", "FULL", "A-1", "First absolute", List.of("LOINC 2106-3"));
        assertThat(cases.latestAssessments(List.of(id), CareTeams.of("another-team"))).isEmpty();
    }

    @Test
    void theHistoryTellsWhoEnteredEachStepAndWhatEachProvisionalEvaluationConcluded() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        cases.submitMedicalHistory(id, CaseData.history(), COORDINATOR, null);
        cases.submitPhysicalExam(id, CaseData.exam(), COORDINATOR, null);

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
