package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmtpOutageTest extends NotificationIntegrationTest {

    @AfterEach
    void smtpIsBack() {
        Smtp.start();
    }

    @Test
    void emailQueuedWhileSmtpIsDownArrivesExactlyOnceWhenSmtpIsBack() {
        UUID caseId = newCaseOpenedBy("coordinator");
        Smtp.stop();

        UUID eventId = publish("CaseClosed", caseId, null, "WITHDRAWN");
        awaitRecipientsOf(eventId);
        await().atMost(PATIENCE).until(() -> attemptsOf(eventId) >= 2);
        Smtp.start();
        awaitEmailsSent(eventId);
        int attempts = attemptsOf(eventId);
        await().pollDelay(Duration.ofMillis(500)).until(() -> true);  // several more sender rounds

        assertThat(emailsAbout(caseId)).singleElement().satisfies(email -> {
            assertThat(email.to()).containsExactly("coordinator@clinic.test");
            assertThat(email.subject()).contains("closed: withdrawn");
        });
        assertThat(attemptsOf(eventId)).isEqualTo(attempts);
    }

    private int attemptsOf(UUID eventId) {
        return jdbc.sql("SELECT attempts FROM msc.email_outbox WHERE event_id = ?").param(eventId)
                .query(Integer.class).single();
    }
}
