package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mscpathway.workflow.pathway.CaseData.COORDINATOR;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;
import org.mscpathway.workflow.testapp.WorkflowTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The missing items entered on one short form are one step: every section it touches is saved with the others and
 * the full evaluation runs once, or, when any is refused, nothing is saved and every error is named at once.
 */
@WorkflowTest
class MissingDataSubmissionTest {

    @Autowired
    ScreeningCases cases;

    @Test
    void theSectionsOfTheShortFormAreSavedTogetherAndTheFullEvaluationRunsOnce() {
        UUID id = atMissingData();
        ObjectNode body = CaseData.JSON.createObjectNode();
        body.set("physicalExam", CaseData.exam().put("temperatureC", 36.9));
        body.set("investigations", CaseData.investigations());

        cases.submitMissingData(id, body, COORDINATOR, cases.view(id, CaseData.TEAM).version());

        CaseView c = cases.view(id, CaseData.TEAM);
        assertThat(c.currentStep()).isEqualTo(Step.PLAN_APPROVAL);
        assertThat(c.physicalExam().temperatureC()).isEqualTo(36.9);
        assertThat(c.investigations().observations()).extracting(EnteredObservation::loinc).contains("6690-2");
        assertThat(cases.events(id, CaseData.TEAM)).filteredOn(e -> e.type() == CaseEventType.StepCompleted
                && "MISSING_DATA".equals(e.step())).hasSize(1);
    }

    @Test
    void oneRefusedSectionSavesNoneAndEveryErrorIsNamedAtOnce() {
        UUID id = atMissingData();
        int version = cases.view(id, CaseData.TEAM).version();
        ObjectNode investigations = CaseData.investigations();
        ((ObjectNode) investigations.withArray("observations").get(0)).remove("date");
        ObjectNode body = CaseData.JSON.createObjectNode();
        body.set("physicalExam", CaseData.exam().put("temperatureC", 36.9).put("heartRateBpm", "fast"));
        body.set("investigations", investigations);

        assertThatThrownBy(() -> cases.submitMissingData(id, body, COORDINATOR, version))
                .isInstanceOfSatisfying(InvalidCaseDataException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("physicalExam.heartRateBpm", "observations[0].date"));

        CaseView c = cases.view(id, CaseData.TEAM);
        assertThat(c.currentStep()).isEqualTo(Step.MISSING_DATA);
        assertThat(c.version()).isEqualTo(version);
        assertThat(c.physicalExam().temperatureC()).isNotEqualTo(36.9);
    }

    @Test
    void theShortFormIsRefusedAtAnyOtherStep() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        ObjectNode body = CaseData.JSON.createObjectNode();
        body.set("physicalExam", CaseData.exam());

        assertThatThrownBy(() -> cases.submitMissingData(id, body, COORDINATOR, null))
                .isInstanceOf(StepOutOfTurnException.class);
    }

    private UUID atMissingData() {
        UUID id = CaseWalk.throughPhysicalExam(cases);
        cases.submitInvestigations(id, CaseData.investigationsWithoutLeukocytes(), COORDINATOR, null);
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.MISSING_DATA);
        return id;
    }
}
