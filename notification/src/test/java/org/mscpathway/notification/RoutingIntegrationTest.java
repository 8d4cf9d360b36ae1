package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The default routes, end to end: event on the broker → the right people's in-app notifications. */
class RoutingIntegrationTest extends NotificationIntegrationTest {

    @Test
    void proposedPlanTellsEveryPhysicianAndNotTheCoordinator() {
        UUID caseId = newCaseOpenedBy("coordinator");

        UUID eventId = publish("PlanProposed", caseId, "PLAN_APPROVAL", "1");

        assertThat(awaitRecipientsOf(eventId)).containsExactly("physician", "physician2");
    }

    @Test
    void ineligibleAssessmentTellsThePhysiciansToReviewIt() {
        UUID caseId = newCaseOpenedBy("coordinator");

        UUID eventId = publish("AssessmentCompleted", caseId, "INVESTIGATIONS", "INELIGIBLE");

        assertThat(awaitRecipientsOf(eventId)).containsExactly("physician", "physician2");
    }

    @Test
    void incompleteAssessmentTellsOnlyTheCoordinatorWhoOpenedTheCase() {
        UUID caseId = newCaseOpenedBy("coordinator2");

        UUID eventId = publish("AssessmentCompleted", caseId, "INVESTIGATIONS", "INCOMPLETE");

        assertThat(awaitRecipientsOf(eventId)).containsExactly("coordinator2");
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
        UUID caseId = newCaseOpenedBy("coordinator");

        UUID eventId = publish("TaskOverdue", caseId, "INVESTIGATIONS", null);

        assertThat(awaitRecipientsOf(eventId)).containsExactly("coordinator", "physician", "physician2");
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
