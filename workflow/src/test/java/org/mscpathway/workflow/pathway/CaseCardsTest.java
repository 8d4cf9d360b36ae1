package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.workflow.pathway.CaseData.COORDINATOR;
import static org.mscpathway.workflow.pathway.CaseData.PHYSICIAN;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.record.Sex;
import org.mscpathway.workflow.testapp.WorkflowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A worklist row (a case's card) says who the patient is and what the latest assessment found, read from the case
 * row alone: the MRN, birth date and sex written when the case is opened, the outcome, mode and main finding written
 * with each assessment; cases stored before those columns existed get them from their stored JSON.
 */
@WorkflowTest
class CaseCardsTest {

    private static final String MIGRATION = "db/migration/V202611301230__workflow_case_card_columns.sql";

    @Autowired
    ScreeningCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aCardHasThePatientFromOpeningAndTheLatestAssessmentFromEachEvaluation() {
        ObjectNode patient = CaseData.patient("MRN-CARD-1", "1980-02-29");
        patient.put("sex", "female");
        UUID id = cases.open(patient, "knee-osteoarthritis", COORDINATOR);

        CaseSummary opened = card(id);
        assertThat(opened.patientReference()).isEqualTo("MRN-CARD-1");
        assertThat(opened.birthDate()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(opened.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(45);
        assertThat(opened.sex()).isEqualTo(Sex.FEMALE);
        assertThat(opened.outcome()).as("not assessed yet").isNull();
        assertThat(opened.mainFinding()).isNull();

        cases.submitMedicalHistory(id, CaseData.pregnantHistory(), COORDINATOR, null);

        CaseSummary waiting = cases.worklist(PHYSICIAN).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow();
        assertThat(waiting.currentStep()).isEqualTo(Step.INELIGIBILITY_REVIEW);
        assertThat(waiting.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(waiting.assessmentMode()).as("after the history alone").isEqualTo(EvaluationMode.PARTIAL);
        assertThat(waiting.mainFinding())
                .isEqualTo(new MainFinding("PREG-PREGNANT", Severity.ABSOLUTE, "Pregnancy"));
    }

    @Test
    void casesStoredBeforeTheCardColumnsGetThemFromTheirStoredJson() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO msc.screening_case (id, team, indication, status, current_step, ruleset_version,
                                                opened_by, opened_at, updated_at, patient)
                VALUES (:id, 'main', 'knee-osteoarthritis', 'OPEN', 'INELIGIBILITY_REVIEW', '2026.2', 'coordinator',
                        now(), now(), '{"reference": "MRN-OLD-CARD", "birthDate": "1961-07-01", "sex": "other",
                                        "weightKg": 70}')""").param("id", id).update();
        assessment(id, "PARTIAL", "ELIGIBLE", "[]");
        // the latest assessment counts; of its findings the first of the highest severity
        assessment(id, "FULL", "INELIGIBLE", """
                [{"ruleId": "ALG-PRIOR", "severity": "PRECAUTION", "title": "Allergy"},
                 {"ruleId": "CARD-LVEF-LOW", "severity": "RELATIVE", "title": "Reduced ejection fraction"},
                 {"ruleId": "ONC-ACTIVE", "severity": "ABSOLUTE", "title": "Active cancer"},
                 {"ruleId": "PREG-PREGNANT", "severity": "ABSOLUTE", "title": "Pregnancy"}]""");
        UUID notAssessed = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO msc.screening_case (id, team, indication, status, current_step, ruleset_version,
                                                opened_by, opened_at, updated_at, patient)
                VALUES (:id, 'main', 'knee-osteoarthritis', 'OPEN', 'MEDICAL_HISTORY', '2026.2', 'coordinator',
                        now(), now(), '{"reference": 4711}')""").param("id", notAssessed).update();

        new ResourceDatabasePopulator(new ClassPathResource(MIGRATION)).execute(dataSource);

        CaseSummary backfilled = card(id);
        assertThat(backfilled.patientReference()).isEqualTo("MRN-OLD-CARD");
        assertThat(backfilled.birthDate()).isEqualTo(LocalDate.of(1961, 7, 1));
        assertThat(backfilled.sex()).isEqualTo(Sex.OTHER);
        assertThat(backfilled.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(backfilled.assessmentMode()).isEqualTo(EvaluationMode.FULL);
        assertThat(backfilled.mainFinding())
                .isEqualTo(new MainFinding("ONC-ACTIVE", Severity.ABSOLUTE, "Active cancer"));
        CaseSummary unknown = card(notAssessed);
        assertThat(List.of(unknown.patientReference() == null, unknown.birthDate() == null, unknown.sex() == null,
                unknown.outcome() == null, unknown.mainFinding() == null))
                .as("what the JSON does not hold as expected stays unknown").containsOnly(true);
    }

    private CaseSummary card(UUID id) {
        return cases.cards(List.of(id), CaseData.TEAM).get(id);
    }

    private void assessment(UUID id, String mode, String outcome, String findings) {
        jdbc.sql("""
                INSERT INTO msc.case_assessment (case_id, step, mode, outcome, ruleset_version, body, assessed_at)
                VALUES (:id, 'MEDICAL_HISTORY', :mode, :outcome, '2026.2',
                        jsonb_build_object('outcome', CAST(:outcome AS text), 'findings', CAST(:findings AS jsonb)), now())""")
                .param("id", id).param("mode", mode).param("outcome", outcome).param("findings", findings).update();
    }
}
