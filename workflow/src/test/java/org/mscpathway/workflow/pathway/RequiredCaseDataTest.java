package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mscpathway.workflow.pathway.CaseData.COORDINATOR;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;
import org.mscpathway.workflow.testapp.WorkflowTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case states what the stateless evaluation may leave out: the patient's birth date, sex and (for a dose per
 * kilogram) weight, and the date of every lab result and imaging report. Refused all at once, nothing saved.
 */
@WorkflowTest
class RequiredCaseDataTest {

    private static final String PER_KG = "ischemic-heart-disease";
    private static final String FIXED_DOSE = "knee-osteoarthritis";

    @Autowired
    ScreeningCases cases;

    @Test
    void aCaseWithoutWeightIsRefusedNamingTheField() {
        ObjectNode patient = CaseData.patient();
        patient.remove("weightKg");

        assertThat(refusedOpening(patient, PER_KG)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("patient.weightKg");
            assertThat(error.message()).isEqualTo("the patient's weight is required: the dose is per kilogram");
        });
    }

    @Test
    void aCaseWithoutBirthDateSexOrWeightIsRefusedNamingEachFieldAndNothingIsOpened() {
        ObjectNode patient = CaseData.patient();
        patient.remove("birthDate");
        patient.putNull("sex");
        patient.remove("weightKg");
        int before = cases.board(null, null, null, CaseData.TEAM).size();

        assertThat(refusedOpening(patient, PER_KG)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("patient.birthDate", "patient.sex", "patient.weightKg");
        assertThat(cases.board(null, null, null, CaseData.TEAM)).hasSize(before);
    }

    @Test
    void aMissingFieldIsNamedBesideTheOtherErrorsOfTheSameBody() {
        ObjectNode patient = CaseData.patient();
        patient.remove("sex");
        patient.put("birthDate", "12/04/1968");

        assertThat(refusedOpening(patient, PER_KG)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("patient.sex", "patient.birthDate");
    }

    @Test
    void aFixedDoseCaseOpensWithoutWeight() {
        ObjectNode patient = CaseData.patient();
        patient.remove("weightKg");

        UUID id = cases.open(patient, FIXED_DOSE, COORDINATOR);

        assertThat(types(id)).containsExactly(CaseEventType.CaseOpened);
    }

    @Test
    void aLabRowWithoutDateIsRefusedAndNothingIsSaved() {
        UUID id = atInvestigations();
        ObjectNode investigations = CaseData.investigations();
        ((ObjectNode) investigations.withArray("observations").get(2)).remove("date");

        assertThatThrownBy(() -> cases.submitInvestigations(id, investigations, COORDINATOR, null))
                .isInstanceOfSatisfying(InvalidCaseDataException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("observations[2].date");
                            assertThat(error.message()).contains("required");
                        }));

        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.INVESTIGATIONS);
        assertThat(types(id)).as("history and exam only").filteredOn(type -> type == CaseEventType.StepCompleted)
                .hasSize(2);
    }

    @Test
    void anUndatedImagingReportIsRefusedWithTheOtherErrorsAtOnce() {
        UUID id = atInvestigations();
        ObjectNode investigations = CaseData.investigations();
        investigations.withArray("imaging").addObject().put("modality", "CT").put("bodySite", "chest")
                .put("conclusion", "no lesion").put("suspectedMalignancy", false);
        ((ObjectNode) investigations.withArray("observations").get(0)).putNull("date");
        ((ObjectNode) investigations.withArray("observations").get(4)).put("value", "high");

        assertThatThrownBy(() -> cases.submitInvestigations(id, investigations, COORDINATOR, null))
                .isInstanceOfSatisfying(InvalidCaseDataException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("observations[0].date",
                                "observations[4].value", "imaging[0].date"));
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.INVESTIGATIONS);
    }

    @Test
    void aMedicalHistoryWithUndatedEntriesIsAcceptedForTheRulesReadThemAsRecent() {
        UUID id = cases.open(CaseData.patient(), FIXED_DOSE, COORDINATOR);
        ObjectNode history = CaseData.history();
        history.withArray("conditions").addObject().put("icd10", "I26.9").put("status", "resolved");
        history.withArray("medications").addObject().put("atc", "J01CA04").put("status", "stopped");

        cases.submitMedicalHistory(id, history, COORDINATOR, null);

        assertThat(types(id)).contains(CaseEventType.StepCompleted);
    }

    private List<FieldError> refusedOpening(ObjectNode patient, String indication) {
        try {
            cases.open(patient, indication, COORDINATOR);
        } catch (InvalidCaseDataException refused) {
            return refused.errors();
        }
        throw new AssertionError("the case was opened");
    }

    private UUID atInvestigations() {
        UUID id = cases.open(CaseData.patient(), FIXED_DOSE, COORDINATOR);
        cases.submitMedicalHistory(id, CaseData.history(), COORDINATOR, null);
        cases.submitPhysicalExam(id, CaseData.exam(), COORDINATOR, null);
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.INVESTIGATIONS);
        return id;
    }

    private List<CaseEventType> types(UUID id) {
        return cases.events(id, CaseData.TEAM).stream().map(CaseEvent::type).toList();
    }
}
