package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.workflow.pathway.CaseData.COORDINATOR;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.Screening;
import org.mscpathway.workflow.testapp.WorkflowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database written before an upgrade of the ruleset: the assessments made then keep the version they were made
 * with (column and body alike); the case's next evaluation runs on the current ruleset and says so.
 */
@WorkflowTest
class RulesetUpgradeTest {

    private static final String OLD = "2026.1";

    @Autowired
    ScreeningCases cases;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssessmentMadeUnderAnOlderRulesetKeepsItsVersionAfterTheUpgrade() {
        String current = Screening.withDefaultCatalogue().rulesetVersion();
        assertThat(current).isNotEqualTo(OLD);
        UUID id = CaseWalk.throughMedicalHistory(cases);
        madeBeforeTheUpgrade(id);

        cases.submitPhysicalExam(id, CaseData.exam(), COORDINATOR, null);

        assertThat(versions(id, "ruleset_version")).containsExactly(OLD, current);
        assertThat(versions(id, "body->>'rulesetVersion'")).containsExactly(OLD, current);
        assertThat(cases.view(id, CaseData.TEAM).assessment().rulesetVersion()).isEqualTo(current);
        assertThat(cases.view(id, CaseData.TEAM).rulesetVersion()).as("the version the case started with")
                .isEqualTo(OLD);
    }

    /** What a database written by the release before holds: the case and its assessment on the old ruleset. */
    private void madeBeforeTheUpgrade(UUID id) {
        jdbc.sql("UPDATE msc.screening_case SET ruleset_version = :old WHERE id = :id")
                .param("old", OLD).param("id", id).update();
        jdbc.sql("""
                UPDATE msc.case_assessment
                   SET ruleset_version = :old, body = jsonb_set(body, '{rulesetVersion}', to_jsonb(:old::text))
                 WHERE case_id = :id""").param("old", OLD).param("id", id).update();
    }

    private List<String> versions(UUID id, String column) {
        return jdbc.sql("SELECT " + column + " FROM msc.case_assessment WHERE case_id = :id ORDER BY id")
                .param("id", id).query(String.class).list();
    }
}
