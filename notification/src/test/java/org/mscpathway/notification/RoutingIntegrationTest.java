package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.notification.testapp.InMemoryStaff;

/** The default routes, end to end: event on the broker → the right people's in-app notifications. */
class RoutingIntegrationTest extends NotificationIntegrationTest {

    /**
     * An event of a case the opener just opened, and who hears of it, in this order: a proposed plan or an ineligible
     * assessment every physician (not the coordinator), an incomplete assessment only the coordinator who opened the
     * case, an overdue task the physicians and the coordinator.
     */
    @ParameterizedTest(name = "{1} at {2}, outcome {3}, of a case {0} opened tells {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            coordinator  | PlanProposed        | PLAN_APPROVAL  | 1          | physician physician2
            coordinator  | AssessmentCompleted | INVESTIGATIONS | INELIGIBLE | physician physician2
            coordinator2 | AssessmentCompleted | INVESTIGATIONS | INCOMPLETE | coordinator2
            coordinator  | TaskOverdue         | INVESTIGATIONS | -          | coordinator physician physician2
            """)
    void eachEventTellsThePeopleItsRouteNames(String opener, String type, String step, String outcome,
                                              String recipients) {
        assertThat(awaitRecipientsOfNewCaseEvent(opener, type, step, outcome))
                .containsExactly(recipients.split(" "));
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
    void physicianDecisionAndClosingTellTheCoordinator() {
        UUID caseId = newCaseOpenedBy("coordinator2");

        UUID decided = publish("PlanDecided", caseId, "PLAN_APPROVAL", "APPROVE");
        UUID closed = publish("CaseClosed", caseId, null, "APPROVED");

        assertThat(awaitRecipientsOf(decided)).containsExactly("coordinator2");
        assertThat(awaitRecipientsOf(closed)).containsExactly("coordinator2");
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
