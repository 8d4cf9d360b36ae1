package org.mscpathway.notification.email;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends the queued emails. Each email is claimed with a row lock ({@code FOR UPDATE SKIP LOCKED}, so several
 * instances never send the same one), handed to SMTP and marked sent in one transaction; if SMTP refuses it, the
 * email stays queued and is tried again after an exponential back-off. It is given up (kept, marked abandoned,
 * never tried again) when the failure is permanent (see {@link PermanentFailure}) or it has failed for longer than
 * {@code msc.notification.email.give-up-after}.
 */
class EmailSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final JavaMailSender mail;
    private final EmailProperties.Sending settings;
    private ScheduledExecutorService scheduler;

    EmailSender(JdbcClient jdbc, TransactionOperations transactions, JavaMailSender mail,
                EmailProperties.Sending settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mail = mail;
        this.settings = settings;
    }

    /**
     * Sends the emails that are due, up to a batch. Stops at the first refusal that may be SMTP's own trouble:
     * while SMTP is down the next email would fail as well.
     */
    void sendDue() {
        int handled = 0;
        while (handled < settings.batchSize() && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
            handled++;
        }
    }

    /**
     * @return {@code true} to go on: an email was sent, or given up for a fault of its own; {@code false} if none
     *         was due or SMTP refused it
     */
    private boolean sendNext() {
        Optional<PendingEmail> due = jdbc.sql("""
                        SELECT id, address, subject, body, attempts,
                               created_at < now() - make_interval(secs => ?) AS overdue
                          FROM msc.email_outbox
                        WHERE sent_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= now()
                        ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(settings.giveUpAfter().toSeconds())
                .query(PendingEmail.class)
                .optional();
        if (due.isEmpty()) {
            return false;
        }
        PendingEmail email = due.get();
        try {
            mail.send(email.toMessage(settings.from()));
        } catch (MailException e) {
            if (PermanentFailure.in(e)) {
                abandon(email, "SMTP will not take it: " + e.getMessage());
                return true;
            }
            if (email.overdue()) {
                abandon(email, "not accepted within " + settings.giveUpAfter() + ": " + e.getMessage());
                return false;
            }
            postpone(email, e);
            return false;
        }
        jdbc.sql("UPDATE msc.email_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ?")
                .param(email.id())
                .update();
        return true;
    }

    private void postpone(PendingEmail email, MailException failure) {
        int attempts = email.attempts() + 1;
        Duration wait = backOff(attempts);
        String reason = String.valueOf(failure.getMessage());
        jdbc.sql("""
                        UPDATE msc.email_outbox SET attempts = ?, last_error = ?,
                               next_attempt_at = now() + make_interval(secs => ?)
                        WHERE id = ?""")
                .params(attempts, reason.substring(0, Math.min(reason.length(), MAX_ERROR_LENGTH)),
                        wait.toMillis() / 1000.0, email.id())
                .update();
        log.warn("SMTP did not accept email {} (attempt {}); it stays queued and is tried again in {}: {}",
                email.id(), attempts, wait, reason);
    }

    /** Kept as a record of what was not delivered; the reason names the address at most, never patient data. */
    private void abandon(PendingEmail email, String reason) {
        jdbc.sql("""
                        UPDATE msc.email_outbox SET attempts = attempts + 1, abandoned_at = now(), last_error = ?
                        WHERE id = ?""")
                .params(reason.substring(0, Math.min(reason.length(), MAX_ERROR_LENGTH)), email.id())
                .update();
        log.warn("Email {} given up after {} attempt(s); it will not be sent: {}", email.id(), email.attempts() + 1,
                reason);
    }

    private Duration backOff(int attempts) {
        double millis = settings.initialRetryInterval().toMillis() * Math.pow(settings.retryMultiplier(), attempts - 1);
        return Duration.ofMillis((long) Math.min(millis, settings.maxRetryInterval().toMillis()));
    }

    /** One round on the scheduler: a failure (say, the database is down) must not end the schedule. */
    private void round() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Email outbox round failed; trying again in {}: {}", settings.pollInterval(), e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "msc-email-outbox"));
            long interval = settings.pollInterval().toMillis();
            scheduler.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    record PendingEmail(long id, String address, String subject, String body, int attempts, boolean overdue) {

        SimpleMailMessage toMessage(String from) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(subject);
            message.setText(body);
            return message;
        }
    }
}
