package org.mscpathway.notification.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The case-event consumer's settings ({@code msc.notification.*}); every one has a default fit for the embedded
 * single-instance deployment.
 *
 * @param topic       the case-events topic; failures go to {@code <topic>.DLT}
 * @param groupId     the consumer group: every instance of one deployment shares it
 * @param concurrency consumer threads per instance (at most one per partition is busy)
 * @param retry       back-off for an event whose processing fails (e.g. the database is unreachable)
 */
@ConfigurationProperties("msc.notification")
public record IntakeProperties(
        @DefaultValue("msc.case-events") String topic,
        @DefaultValue("msc-notification") String groupId,
        @DefaultValue("1") int concurrency,
        @DefaultValue Retry retry) {

    public IntakeProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException("msc.notification.concurrency must be at least 1 (got " + concurrency
                    + ")");
        }
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
}
