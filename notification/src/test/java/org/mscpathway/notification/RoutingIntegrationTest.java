package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.notification.testapp.InMemoryStaff;

/** The default routes, end to end: event on the broker → the right people's in-app notifications. */
class RoutingIntegrationTest extends NotificationIntegrationTest {

    @Test
    void proposedPlanTellsEveryPhysicianAndNotTheCoordinator() {
        assertThat(awaitRecipientsOfNewCaseEvent("coordinator", "PlanProposed", "PLAN_APPROVAL", "1"))
                .containsExactly("physician", "physician2");
    }

    @Test
    void onlyTheCaseCareTeamHearsOfIt() {
        UUID caseId = newCaseOpenedBy("coordinator", InMemoryStaff.WARD_B);

        UUID proposed = publish("PlanProposed", caseId, "PLAN_APPROVAL", "1");
        UUID overdue = publish("TaskOverdue", caseId, "PLAN_APPROVAL", null);

        assertThat(awaitRecipientsOf(proposed)).containsExactly("physician-b");
        assertThat(awaitRecipientsOf(overdue)).as("the opener has left ward-b").containsExactly("physician-b");
    }

    @Test
    void ineligibleAssessmentTellsThePhysiciansToReviewIt() {
        assertThat(awaitRecipientsOfNewCaseEvent("coordinator", "AssessmentCompleted", "INVESTIGATIONS", "INELIGIBLE"))
                .containsExactly("physician", "physician2");
    }

    @Test
    void incompleteAssessmentTellsOnlyTheCoordinatorWhoOpenedTheCase() {
        assertThat(awaitRecipientsOfNewCaseEvent("coordinator2", "AssessmentCompleted", "INVESTIGATIONS", "INCOMPLETE"))
                .containsExactly("coordinator2");
    }

    @Test
    void physicianDecisionAndClosingTellTheCoordinator() {
        UUID caseId = newCaseOpenedBy("coordinator2");

        UUID decided = publish("PlanDecided", caseId, "PLAN_APPROVAL", "APPROVE");
        UUID closed = publish("CaseClosed", caseId, null, "APPROVED");

        assertThat(awaitRecipientsOf(decided)).containsExactly("coordinator2");
        assertThat(awaitRecipientsOf(closed)).containsExactly("coordinator2");
    }

    @Test
    void overdueTaskEscalatesToPhysiciansAndTheCoordinator() {
        assertThat(awaitRecipientsOfNewCaseEvent("coordinator", "TaskOverdue", "INVESTIGATIONS", null))
                .containsExactly("coordinator", "physician", "physician2");
    }

    @Test
    void eventsThatNeedNobodyTellNobody() {
        UUID caseId = newCaseOpenedBy("coordinator");

        UUID opened = publish("CaseOpened", caseId, "MEDICAL_HISTORY", null);
        UUID stepDone = publish("StepCompleted", caseId, "MEDICAL_HISTORY", null);
        UUID eligible = publish("AssessmentCompleted", caseId, "INVESTIGATIONS", "ELIGIBLE");
        UUID futureType = publish("CaseReopened", caseId, null, null);
        awaitEarlierEventsProcessed(caseId);

        assertThat(recipientsOf(opened)).isEmpty();
        assertThat(recipientsOf(stepDone)).isEmpty();
        assertThat(recipientsOf(eligible)).isEmpty();
        assertThat(recipientsOf(futureType)).isEmpty();
    }
}
