package org.mscpathway.notification.email;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The email channel's settings ({@code msc.notification.*}).
 *
 * @param baseUrl where users open the platform; emails link to {@code <baseUrl>/cases/<caseId>}
 * @param email   the email outbox sender
 */
@ConfigurationProperties("msc.notification")
public record EmailProperties(
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue Sending email) {

    /**
     * Emails wait in {@code msc.email_outbox} until SMTP accepts them; a failed send is retried with exponential
     * back-off. An email is given up when SMTP rejects its address for good, or when it still fails after
     * {@code giveUpAfter} in the queue: by then the in-app notification, which never expires, has long said it.
     *
     * @param from         the sender address
     * @param pollInterval how often the outbox is looked at
     * @param batchSize    most emails sent per look
     * @param giveUpAfter  how long after it was queued a failing email is still tried
     */
    public record Sending(
            @DefaultValue("MSC Pathway <no-reply@mscpathway.local>") String from,
            @DefaultValue("2s") Duration pollInterval,
            @DefaultValue("50") int batchSize,
            @DefaultValue("30s") Duration initialRetryInterval,
            @DefaultValue("2.0") double retryMultiplier,
            @DefaultValue("15m") Duration maxRetryInterval,
            @DefaultValue("48h") Duration giveUpAfter) {
    }
}
