package org.mscpathway.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.mscpathway.notification.event.CaseEventType;
import org.mscpathway.notification.routing.Route;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification module ({@code msc.notification.*}); every one has a default fit for the embedded
 * single-instance deployment.
 *
 * @param enabled     runs the case-event consumer and the email sender in this instance; the in-app notification
 *                    API ({@code Notifications}) is there either way
 * @param topic       the case-events topic; failures go to {@code <topic>.DLT}
 * @param groupId     the consumer group: every instance of one deployment shares it
 * @param concurrency consumer threads per instance (at most one per partition is busy)
 * @param baseUrl     where users open the platform; emails link to {@code <baseUrl>/cases/<caseId>}
 * @param retry       back-off for an event whose processing fails (e.g. the database is unreachable)
 * @param email       the email outbox sender
 * @param routes      who is told of each event type; a type listed here replaces its default routes
 */
@ConfigurationProperties("msc.notification")
public record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("msc.case-events") String topic,
        @DefaultValue("msc-notification") String groupId,
        @DefaultValue("1") int concurrency,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue Retry retry,
        @DefaultValue Email email,
        Map<CaseEventType, List<Route>> routes) {

    public NotificationProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException("msc.notification.concurrency must be at least 1 (got " + concurrency
                    + ")");
        }
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }

    /**
     * @param maxRetries after these many retries the event goes to the dead-letter topic; with the defaults an event
     *                   is retried for about 45 s before it is given up
     */
    public record Retry(
            @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("10s") Duration maxInterval,
            @DefaultValue("8") int maxRetries) {
    }

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
    public record Email(
            @DefaultValue("MSC Pathway <no-reply@mscpathway.local>") String from,
            @DefaultValue("2s") Duration pollInterval,
            @DefaultValue("50") int batchSize,
            @DefaultValue("30s") Duration initialRetryInterval,
            @DefaultValue("2.0") double retryMultiplier,
            @DefaultValue("15m") Duration maxRetryInterval,
            @DefaultValue("48h") Duration giveUpAfter) {
    }
}
