package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Emails that can never be sent, or have failed for too long, are given up instead of retried forever. */
class EmailGiveUpTest extends NotificationIntegrationTest {

    @AfterEach
    void smtpIsBack() {
        Smtp.start();
    }

    @Test
    void emailToAMalformedAddressIsGivenUpAtOnceAndTheNextEmailStillGoesOut() {
        UUID caseId = newCaseOpenedBy("coordinator");
        long broken = queue(caseId, "coordinator at clinic dot test", Duration.ZERO);
        long good = queue(caseId, "coordinator@clinic.test", Duration.ZERO);

        await().atMost(PATIENCE).until(() -> row(broken).abandoned());
        await().atMost(PATIENCE).until(() -> sent(good));
        Outbox row = row(broken);
        assertThat(row.attempts()).as("given up at the first attempt").isEqualTo(1);
        assertThat(row.lastError()).startsWith("SMTP will not take it");
        await().pollDelay(Duration.ofMillis(500)).until(() -> true);  // several more sender rounds
        assertThat(row(broken).attempts()).as("never tried again").isEqualTo(1);
        assertThat(emailsAbout(caseId)).singleElement()
                .satisfies(email -> assertThat(email.to()).containsExactly("coordinator@clinic.test"));
    }

    @Test
    void emailStillRefusedLongerThanTheGiveUpPeriodAfterItWasQueuedIsGivenUp() {
        UUID caseId = newCaseOpenedBy("coordinator");
        Smtp.stop();
        long stale = queue(caseId, "coordinator@clinic.test", Duration.ofHours(49));
        long fresh = queue(caseId, "coordinator2@clinic.test", Duration.ZERO);

        await().atMost(PATIENCE).until(() -> row(stale).abandoned());
        await().atMost(PATIENCE).until(() -> row(fresh).attempts() >= 2);

        assertThat(row(stale).lastError()).startsWith("not accepted within PT48H");
        assertThat(row(fresh).abandoned()).as("a fresh email keeps being retried").isFalse();
    }

    record Outbox(int attempts, boolean abandoned, String lastError) {
    }

    /** An email as the outbox queues it, {@code age} ago. */
    private long queue(UUID caseId, String address, Duration age) {
        return jdbc.sql("""
                        INSERT INTO msc.email_outbox (event_id, recipient, address, subject, body, created_at)
                        VALUES (?, ?, ?, 'MSC Pathway: test', ?, now() - make_interval(secs => ?)) RETURNING id""")
                .params(UUID.randomUUID(), "coordinator", address, "case " + caseId, age.toSeconds())
                .query(Long.class).single();
    }

    private Outbox row(long id) {
        return jdbc.sql("SELECT attempts, abandoned_at IS NOT NULL, last_error FROM msc.email_outbox WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Outbox(rs.getInt(1), rs.getBoolean(2), rs.getString(3)))
                .single();
    }

    private boolean sent(long id) {
        return jdbc.sql("SELECT sent_at IS NOT NULL FROM msc.email_outbox WHERE id = ?").param(id)
                .query(Boolean.class).single();
    }
}
