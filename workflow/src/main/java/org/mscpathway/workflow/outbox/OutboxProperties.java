package org.mscpathway.workflow.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param topic           where case events go (key = case id, so a case's events stay in order)
 * @param partitions      partitions of the topic when the platform creates it
 * @param relayEnabled    whether this instance relays the outbox (any number may; one relays at a time)
 * @param pollInterval    how often the relay looks for unpublished events
 * @param batchSize       events relayed per round
 * @param sendTimeout     how long one send may wait for the broker before the round stops and retries later
 * @param rulesetTopic    where ruleset governance events go (key = ruleset version); no case consumer reads it
 */
@ConfigurationProperties("msc.outbox")
public record OutboxProperties(@DefaultValue("msc.case-events") String topic,
                               @DefaultValue("6") int partitions,
                               @DefaultValue("true") boolean relayEnabled,
                               @DefaultValue("200ms") Duration pollInterval,
                               @DefaultValue("200") int batchSize,
                               @DefaultValue("10s") Duration sendTimeout,
                               @DefaultValue("msc.ruleset-events") String rulesetTopic) {
}
