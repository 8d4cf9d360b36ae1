package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExactlyOnceNotificationTest extends NotificationIntegrationTest {

    @Test
    void sameEventPublishedTwiceTellsEachRecipientOnceInAppAndByEmail() {
        UUID caseId = newCaseOpenedBy("coordinator");
        UUID eventId = UUID.randomUUID();
        String planProposed = envelope(eventId, "PlanProposed", caseId, "PLAN_APPROVAL", "1");

        send(caseId.toString(), planProposed);
        send(caseId.toString(), planProposed);
        awaitEarlierEventsProcessed(caseId);
        awaitEmailsSent(eventId);

        assertThat(recipientsOf(eventId)).containsExactly("physician", "physician2");
        assertThat(emailsAbout(caseId))
                .filteredOn(email -> email.subject().contains("awaits physician approval"))
                .singleElement()
                .satisfies(email -> assertThat(email.to()).containsExactly("physician@clinic.test"));
    }

    @Test
    void recipientWithoutEmailAddressIsToldInAppOnly() {
        UUID caseId = newCaseOpenedBy("coordinator");

        UUID eventId = publish("PlanProposed", caseId, "PLAN_APPROVAL", "1");

        assertThat(awaitRecipientsOf(eventId)).contains("physician2");
        assertThat(jdbc.sql("SELECT recipient FROM msc.email_outbox WHERE event_id = ?").param(eventId)
                .query(String.class).list()).containsExactly("physician");
    }

    @Test
    void transientUserStoreFailureIsRetriedAndTellsEachRecipientOnce() {
        UUID caseId = newCaseOpenedBy("coordinator");
        staff.failNextLookups(2);

        UUID eventId = publish("PlanProposed", caseId, "PLAN_APPROVAL", "1");

        assertThat(awaitRecipientsOf(eventId)).containsExactly("physician", "physician2");
        await().until(() -> jdbc.sql("SELECT count(*) FROM msc.email_outbox WHERE event_id = ?").param(eventId)
                .query(Long.class).single() == 1);
    }
}
