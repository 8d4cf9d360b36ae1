package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mscpathway.workflow.pathway.CaseData.COORDINATOR;
import static org.mscpathway.workflow.pathway.CaseData.PHYSICIAN;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.testapp.WorkflowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of the BPMN process msc-screening, driven the way the API drives it, on real PostgreSQL. */
@WorkflowTest
class ScreeningPathwayTest {

    static final CaseActor PHYSICIAN2 = new CaseActor("physician2", Role.PHYSICIAN, CaseData.TEAM);
    static final Consent CONSENT = new Consent(LocalDate.now(), "v1");

    @Autowired
    ScreeningCases cases;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void eligiblePatientWalksEveryStepToAnApprovedPlan() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.MEDICAL_HISTORY);

        cases.submitMedicalHistory(id, CaseData.history(), COORDINATOR, null);
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.PHYSICAL_EXAM);
        cases.submitPhysicalExam(id, CaseData.exam(), COORDINATOR, null);
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.INVESTIGATIONS);
        cases.submitInvestigations(id, CaseData.investigations(), COORDINATOR, null);

        CaseView atApproval = cases.view(id, CaseData.TEAM);
        assertThat(atApproval.currentStep()).isEqualTo(Step.PLAN_APPROVAL);
        assertThat(atApproval.assessment().outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(atApproval.plan().version()).isEqualTo(1);
        assertThat(atApproval.plan().plan().route()).isEqualTo("intra-articular");
        assertThat(atApproval.plan().plan().cellsPerAdministration()).isEqualTo(50_000_000L);

        cases.decide(id, new PhysicianDecision(Decision.APPROVE, "ok", null, CONSENT), PHYSICIAN, null);

        CaseView closed = cases.view(id, CaseData.TEAM);
        assertThat(closed.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(closed.currentStep()).isNull();
        assertThat(closed.decisions()).singleElement().satisfies(d -> {
            assertThat(d.decision()).isEqualTo(Decision.APPROVE);
            assertThat(d.consent()).isEqualTo(CONSENT);
            assertThat(d.decidedBy()).isEqualTo("physician");
            assertThat(d.planVersion()).isEqualTo(1);
        });
        assertThat(process(id)).hasPassedInOrder("MedicalHistory", "EvaluateMedicalHistory", "PhysicalExam",
                        "EvaluatePhysicalExam", "Investigations", "EvaluateInvestigations",
                        "EvaluateContraindications", "DraftTreatmentPlan", "PlanApproval", "CaseApproved")
                .isEnded();
        assertThat(types(id)).containsExactly(CaseEventType.CaseOpened,
                CaseEventType.StepCompleted, CaseEventType.AssessmentCompleted,
                CaseEventType.StepCompleted, CaseEventType.AssessmentCompleted,
                CaseEventType.StepCompleted, CaseEventType.AssessmentCompleted, CaseEventType.AssessmentCompleted,
                CaseEventType.PlanProposed, CaseEventType.PlanDecided, CaseEventType.CaseClosed);
    }

    @Test
    void eachStepsTaskIsCompletedInTheEngineByWhoeverSubmittedIt() {
        UUID id = atPlanApproval();
        cases.decide(id, new PhysicianDecision(Decision.APPROVE, "ok", null, CONSENT), PHYSICIAN, null);

        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(id.toString())
                .orderByHistoricActivityInstanceStartTime().asc().list())
                .extracting(t -> t.getTaskDefinitionKey() + " " + t.getAssignee() + " " + t.getDeleteReason())
                .containsExactly("MedicalHistory coordinator completed", "PhysicalExam coordinator completed",
                        "Investigations coordinator completed", "PlanApproval physician completed");
    }

    @Test
    void aCaseThatEnteredItsStepBeforeTheCaseRowKeptTheTaskGoesOn() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        jdbc.sql("UPDATE msc.screening_case SET current_task_id = NULL WHERE id = ?").param(id).update();

        cases.submitMedicalHistory(id, CaseData.history(), COORDINATOR, null);

        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.PHYSICAL_EXAM);
        assertThat(process(id)).hasPassed("MedicalHistory");
    }

    @Test
    void knownPregnancyAtHistoryGoesStraightToIneligibilityReviewAndIsConfirmed() {
        UUID id = cases.open(femalePatient(), "knee-osteoarthritis", COORDINATOR);
        cases.submitMedicalHistory(id, CaseData.pregnantHistory(), COORDINATOR, null);

        CaseView review = cases.view(id, CaseData.TEAM);
        assertThat(review.currentStep()).isEqualTo(Step.INELIGIBILITY_REVIEW);
        assertThat(review.assessment().findings()).extracting(Finding::group).contains(RuleGroup.PREGNANCY);
        assertThatThrownBy(() -> cases.submitPhysicalExam(id, CaseData.exam(), COORDINATOR, null))
                .isInstanceOf(StepOutOfTurnException.class);

        cases.decide(id, new PhysicianDecision(Decision.CONFIRM_INELIGIBLE, "pregnant", null, null), PHYSICIAN, null);

        assertThat(cases.view(id, CaseData.TEAM).status()).isEqualTo(CaseStatus.INELIGIBLE);
        assertThat(process(id)).hasPassed("IneligibilityReview", "CaseIneligible")
                .hasNotPassed("PhysicalExam", "Investigations", "EvaluateContraindications").isEnded();
        assertThat(lastEvent(id).outcome()).isEqualTo("INELIGIBLE");
    }

    @Test
    void incompleteCaseAsksForTheMissingItemsThenContinuesToThePlan() {
        UUID id = CaseWalk.throughPhysicalExam(cases);
        cases.submitInvestigations(id, CaseData.investigationsWithoutLeukocytes(), COORDINATOR, null);

        CaseView missing = cases.view(id, CaseData.TEAM);
        assertThat(missing.currentStep()).isEqualTo(Step.MISSING_DATA);
        assertThat(missing.assessment().outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(missing.assessment().missing()).extracting(MissingData::item).containsExactly("LOINC 6690-2");

        cases.submitInvestigations(id, CaseData.investigations(), COORDINATOR, null);

        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.PLAN_APPROVAL);
        assertThat(process(id)).hasPassedInOrder("MissingData", "EvaluateContraindications", "DraftTreatmentPlan");
    }

    @Test
    void requestedChangesAreRedraftedAsANewPlanVersionThenApprovedByAnotherPhysician() {
        UUID id = atPlanApproval();
        var changes = new PlanChanges(40_000_000L, null, null, List.of("review at 3 months"));

        cases.decide(id, new PhysicianDecision(Decision.REQUEST_CHANGES, "lower dose", changes, null), PHYSICIAN,
                null);

        CaseView redrafted = cases.view(id, CaseData.TEAM);
        assertThat(redrafted.currentStep()).isEqualTo(Step.PLAN_APPROVAL);
        assertThat(redrafted.plan().version()).isEqualTo(2);
        assertThat(redrafted.plan().draftedBy()).isEqualTo("physician");
        assertThat(redrafted.plan().plan().cellsPerAdministration()).isEqualTo(40_000_000L);
        assertThat(redrafted.plan().changes()).containsExactly(
                new PlanChange("cellsPerAdministration", 50_000_000L, 40_000_000L),
                new PlanChange("monitoring", List.of("review at 6 months"), List.of("review at 3 months")));

        assertThatThrownBy(() -> cases.decide(id, new PhysicianDecision(Decision.APPROVE, null, null, CONSENT),
                PHYSICIAN, null))
                .isInstanceOf(DecisionNotAllowedException.class).hasMessageContaining("you changed this plan");
        assertThat(cases.view(id, CaseData.TEAM).status()).isEqualTo(CaseStatus.OPEN);
        cases.decide(id, new PhysicianDecision(Decision.APPROVE, null, null, CONSENT), PHYSICIAN2, null);

        CaseView approved = cases.view(id, CaseData.TEAM);
        assertThat(approved.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(approved.decisions()).extracting(RecordedDecision::decision)
                .containsExactly(Decision.REQUEST_CHANGES, Decision.APPROVE);
        assertThat(approved.decisions().get(1).planVersion()).isEqualTo(2);
        assertThat(process(id)).hasPassedInOrder("PlanApproval", "RedraftTreatmentPlan", "PlanApproval",
                "CaseApproved");
    }

    @Test
    void rejectedPlanClosesTheCaseAsRejected() {
        UUID id = atPlanApproval();

        cases.decide(id, new PhysicianDecision(Decision.REJECT, "not indicated", null, null), PHYSICIAN, null);

        assertThat(cases.view(id, CaseData.TEAM).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(process(id)).hasPassed("CaseRejected").hasNotPassed("CaseApproved").isEnded();
    }

    @Test
    void overrideNeedsAWrittenJustificationAndASecondPhysicianBeforeThePathwayResumes() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        ObjectNode tuberculosis = CaseData.history();
        ObjectNode condition = tuberculosis.withArray("conditions").addObject();
        condition.put("icd10", "A15.0");
        condition.put("status", "active");
        cases.submitMedicalHistory(id, tuberculosis, COORDINATOR, null);
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.INELIGIBILITY_REVIEW);

        assertThatThrownBy(() -> cases.decide(id,
                new PhysicianDecision(Decision.OVERRIDE, "x", null, null), PHYSICIAN, null))
                .isInstanceOfSatisfying(InvalidCaseDataException.class,
                        e -> assertThat(e.errors()).extracting(InvalidCaseDataException.FieldError::field)
                                .containsExactly("comment"));
        assertThat(cases.view(id, CaseData.TEAM).pendingOverride()).isNull();

        String justification = "treated, culture-negative since May";
        cases.decide(id, new PhysicianDecision(Decision.OVERRIDE, justification, null, null), PHYSICIAN, null);
        CaseView proposed = cases.view(id, CaseData.TEAM);
        assertThat(proposed.currentStep()).isEqualTo(Step.INELIGIBILITY_REVIEW);
        assertThat(proposed.pendingOverride().proposedBy()).isEqualTo("physician");
        assertThat(proposed.overriddenRules()).isEmpty();
        assertThat(proposed.decisions()).isEmpty();

        assertThatThrownBy(() -> cases.decide(id, new PhysicianDecision(Decision.OVERRIDE, null, null, null),
                PHYSICIAN, null))
                .isInstanceOf(DecisionNotAllowedException.class).hasMessageContaining("second physician");
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.INELIGIBILITY_REVIEW);

        cases.decide(id, new PhysicianDecision(Decision.OVERRIDE, null, null, null), PHYSICIAN2, null);
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.PHYSICAL_EXAM);
        cases.submitPhysicalExam(id, CaseData.exam(), COORDINATOR, null);
        cases.submitInvestigations(id, CaseData.investigations(), COORDINATOR, null);

        CaseView atApproval = cases.view(id, CaseData.TEAM);
        assertThat(atApproval.currentStep()).isEqualTo(Step.PLAN_APPROVAL);
        assertThat(atApproval.overriddenRules()).isNotEmpty();
        assertThat(atApproval.pendingOverride()).isNull();
        assertThat(atApproval.decisions()).singleElement().satisfies(d -> {
            assertThat(d.decision()).isEqualTo(Decision.OVERRIDE);
            assertThat(d.comment()).isEqualTo(justification);
            assertThat(d.decidedBy()).isEqualTo("physician");
            assertThat(d.confirmedBy()).isEqualTo("physician2");
        });
    }

    @Test
    void physicianWhoEnteredTheCasesDataMayNotDecideOnIt() {
        CaseActor enteredAsCoordinator = new CaseActor("dr-both", Role.COORDINATOR, CaseData.TEAM);
        UUID id = CaseWalk.throughMedicalHistory(cases);
        cases.submitPhysicalExam(id, CaseData.exam(), enteredAsCoordinator, null);
        cases.submitInvestigations(id, CaseData.investigations(), COORDINATOR, null);

        assertThatThrownBy(() -> cases.decide(id, new PhysicianDecision(Decision.APPROVE, null, null, CONSENT),
                new CaseActor("dr-both", Role.PHYSICIAN, CaseData.TEAM), null))
                .isInstanceOf(DecisionNotAllowedException.class).hasMessageContaining("entered the case's data");
        assertThat(cases.view(id, CaseData.TEAM).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void physicianMayNotChangeAPlanAndApproveItAtOnce() {
        UUID id = atPlanApproval();

        assertThatThrownBy(() -> cases.decide(id, new PhysicianDecision(Decision.APPROVE, null,
                new PlanChanges(40_000_000L, null, null, null), CONSENT), PHYSICIAN, null))
                .isInstanceOf(DecisionNotAllowedException.class);
        assertThat(cases.view(id, CaseData.TEAM).planVersions()).hasSize(1);
        assertThat(cases.view(id, CaseData.TEAM).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void physicianWhoOpenedTheCaseMayNotDecideOnIt() {
        CaseActor opener = new CaseActor("dr-both", Role.COORDINATOR, CaseData.TEAM);
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", opener);
        cases.submitMedicalHistory(id, CaseData.history(), opener, null);
        cases.submitPhysicalExam(id, CaseData.exam(), opener, null);
        cases.submitInvestigations(id, CaseData.investigations(), opener, null);

        assertThatThrownBy(() -> cases.decide(id, new PhysicianDecision(Decision.APPROVE, null, null, CONSENT),
                new CaseActor("dr-both", Role.PHYSICIAN, CaseData.TEAM), null))
                .isInstanceOf(DecisionNotAllowedException.class);
        assertThat(cases.view(id, CaseData.TEAM).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void approvalWithoutConsentIsRefusedAndNothingIsSaved() {
        UUID id = atPlanApproval();
        int version = cases.view(id, CaseData.TEAM).version();

        assertThatThrownBy(() -> cases.decide(id, new PhysicianDecision(Decision.APPROVE, null,
                new PlanChanges(10L, null, null, null), null), PHYSICIAN, null))
                .isInstanceOfSatisfying(InvalidCaseDataException.class,
                        e -> assertThat(e.errors()).extracting(InvalidCaseDataException.FieldError::field)
                                .containsExactly("consent"));

        CaseView unchanged = cases.view(id, CaseData.TEAM);
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(unchanged.decisions()).isEmpty();
        assertThat(unchanged.planVersions()).hasSize(1);
    }

    @Test
    void invalidSectionIsRefusedWithEveryFieldNamedAndNothingSaved() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        ObjectNode bad = CaseData.history();
        bad.withArray("conditions").addObject().put("icd10", "C50.9").put("status", "cured");
        bad.put("pregnancy", "maybe");

        assertThatThrownBy(() -> cases.submitMedicalHistory(id, bad, COORDINATOR, null))
                .isInstanceOfSatisfying(InvalidCaseDataException.class,
                        e -> assertThat(e.errors()).extracting(InvalidCaseDataException.FieldError::field)
                                .contains("medicalHistory.conditions[0].status", "medicalHistory.pregnancy"));

        CaseView unchanged = cases.view(id, CaseData.TEAM);
        assertThat(unchanged.medicalHistory()).isNull();
        assertThat(unchanged.currentStep()).isEqualTo(Step.MEDICAL_HISTORY);
        assertThat(types(id)).containsExactly(CaseEventType.CaseOpened);
    }

    @Test
    void openingNeedsAKnownIndicationAndAValidPatient() {
        ObjectNode patient = CaseData.patient();
        patient.put("birthDate", "12/04/1968");

        assertThatThrownBy(() -> cases.open(patient, "hair-loss", COORDINATOR))
                .isInstanceOfSatisfying(InvalidCaseDataException.class,
                        e -> assertThat(e.errors()).extracting(InvalidCaseDataException.FieldError::field)
                                .contains("indication", "patient.birthDate"));
    }

    @Test
    void stepSubmittedOutOfTurnIsRefused() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);

        assertThatThrownBy(() -> cases.submitInvestigations(id, CaseData.investigations(), COORDINATOR, null))
                .isInstanceOf(StepOutOfTurnException.class).hasMessageContaining("MEDICAL_HISTORY");
        assertThatThrownBy(() -> cases.decide(id, new PhysicianDecision(Decision.REJECT, null, null, null),
                PHYSICIAN, null)).isInstanceOf(StepOutOfTurnException.class);
    }

    @Test
    void updateBasedOnAnOlderVersionIsRefusedAsStale() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        int version = cases.view(id, CaseData.TEAM).version();
        cases.submitMedicalHistory(id, CaseData.history(), COORDINATOR, version);

        assertThatThrownBy(() -> cases.submitPhysicalExam(id, CaseData.exam(), COORDINATOR, version))
                .isInstanceOf(StaleCaseException.class);
    }

    @Test
    void coordinatorCanWithdrawACaseAtAnyStep() {
        UUID id = CaseWalk.throughMedicalHistory(cases);

        cases.withdraw(id, COORDINATOR);

        assertThat(cases.view(id, CaseData.TEAM).status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(process(id)).hasPassed("CaseWithdrawn").hasNotPassed("EvaluatePhysicalExam").isEnded();
        assertThat(lastEvent(id)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(CaseEventType.CaseClosed);
            assertThat(e.outcome()).isEqualTo("WITHDRAWN");
            assertThat(e.actorRole()).isEqualTo("COORDINATOR");
        });
        assertThatThrownBy(() -> cases.withdraw(id, COORDINATOR)).isInstanceOf(StepOutOfTurnException.class);
    }

    @Test
    void overdueTaskRaisesAnEscalationAndStaysOpen() {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        Job timer = management.createJobQuery().processInstanceId(process(id).getId()).timers().singleResult();
        assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant()))
                .isBetween(Duration.ofHours(72).minusMinutes(5), Duration.ofHours(72));

        management.executeJob(timer.getId());

        CaseView overdue = cases.view(id, CaseData.TEAM);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.currentStep()).isEqualTo(Step.MEDICAL_HISTORY);
        assertThat(lastEvent(id)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(CaseEventType.TaskOverdue);
            assertThat(e.step()).isEqualTo("MEDICAL_HISTORY");
        });
        assertThat(process(id)).isWaitingAt("MedicalHistory").hasPassed("RaiseOverdueEscalation");
        cases.submitMedicalHistory(id, CaseData.history(), COORDINATOR, null);
        assertThat(cases.view(id, CaseData.TEAM).overdue()).isFalse();
    }

    @Test
    void worklistsHoldTheStepsOfEachRole() {
        UUID id = atPlanApproval();

        assertThat(cases.worklist(PHYSICIAN)).extracting(CaseSummary::id).contains(id);
        assertThat(cases.worklist(COORDINATOR)).extracting(CaseSummary::id).doesNotContain(id);
        assertThat(cases.board(Step.PLAN_APPROVAL, CaseStatus.OPEN, null, CaseData.TEAM))
                .extracting(CaseSummary::id).contains(id);
        assertThat(cases.board(Step.MEDICAL_HISTORY, null, null, CaseData.TEAM))
                .extracting(CaseSummary::id).doesNotContain(id);
    }

    @Test
    void anotherCareTeamsCaseIsNotFoundForAnyReadOrCommand() {
        UUID id = atPlanApproval();
        CareTeams ward = CareTeams.of("ward-b");
        CaseActor otherPhysician = new CaseActor("physician-b", Role.PHYSICIAN, ward);
        CaseActor otherCoordinator = new CaseActor("coordinator-b", Role.COORDINATOR, ward);

        assertThatThrownBy(() -> cases.view(id, ward)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.events(id, ward)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.decide(id, new PhysicianDecision(Decision.REJECT, null, null, null),
                otherPhysician, null)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.withdraw(id, otherCoordinator)).isInstanceOf(CaseNotFoundException.class);
        assertThat(cases.board(null, null, null, ward)).extracting(CaseSummary::id).doesNotContain(id);
        assertThat(cases.worklist(otherPhysician)).extracting(CaseSummary::id).doesNotContain(id);
        assertThat(cases.view(id, CaseData.TEAM).status()).as("untouched").isEqualTo(CaseStatus.OPEN);
        assertThat(cases.teamOf(id)).hasValue("main");
    }

    @Test
    void aCaseIsOpenedInTheOnlyTeamOfItsOpenerOrInTheTeamNamed() {
        CaseActor twoTeams = new CaseActor("coordinator-ab", Role.COORDINATOR, CareTeams.of("ward-a", "ward-b"));

        UUID only = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        UUID named = cases.open(CaseData.patient(), "knee-osteoarthritis", "ward-b", twoTeams);

        assertThat(cases.view(only, CaseData.TEAM).team()).isEqualTo("main");
        assertThat(cases.view(named, CareTeams.of("ward-b")).team()).isEqualTo("ward-b");
        assertThatThrownBy(() -> cases.open(CaseData.patient(), "knee-osteoarthritis", twoTeams))
                .isInstanceOfSatisfying(InvalidCaseDataException.class,
                        e -> assertThat(e.errors()).extracting(InvalidCaseDataException.FieldError::field)
                                .containsExactly("team"));
        assertThatThrownBy(() -> cases.open(CaseData.patient(), "knee-osteoarthritis", "ward-c", twoTeams))
                .isInstanceOf(NotInCareTeamException.class).hasMessageContaining("[ward-a, ward-b]");
        assertThatThrownBy(() -> cases.open(CaseData.patient(), "knee-osteoarthritis",
                new CaseActor("nobody", Role.COORDINATOR))).isInstanceOf(NotInCareTeamException.class);
    }

    private UUID atPlanApproval() {
        UUID id = CaseWalk.throughInvestigations(cases);
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.PLAN_APPROVAL);
        return id;
    }

    private static ObjectNode femalePatient() {
        ObjectNode patient = CaseData.patient();
        patient.put("sex", "female");
        patient.put("birthDate", LocalDate.now().minusYears(30).toString());
        return patient;
    }

    private ProcessInstance process(UUID id) {
        HistoricProcessInstance historic = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(id.toString()).singleResult();
        ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(historic.getId()).singleResult();
        return running != null ? running : new EndedProcess(historic);
    }

    private List<CaseEventType> types(UUID id) {
        return cases.events(id, CaseData.TEAM).stream().map(CaseEvent::type).toList();
    }

    private CaseEvent lastEvent(UUID id) {
        List<CaseEvent> events = cases.events(id, CaseData.TEAM);
        return events.get(events.size() - 1);
    }
}
