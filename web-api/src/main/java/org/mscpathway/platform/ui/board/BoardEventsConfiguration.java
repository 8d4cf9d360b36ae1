package org.mscpathway.platform.ui.board;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mscpathway.workflow.outbox.OutboxProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.AcknowledgingMessageListener;

/**
 * Feeds the open boards from the case events on Kafka. Every instance needs every event (its own browsers are
 * connected to it), so each one reads in a consumer group of its own, from the newest event on: a board that was
 * closed reloads everything when it opens, so nothing older is needed. Offsets are never committed.
 * An instance that serves no browsers (a notification-only one) switches it off with {@code msc.ui.live-board=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "msc.ui.live-board", havingValue = "true", matchIfMissing = true)
class BoardEventsConfiguration {

    @Bean
    KafkaMessageListenerContainer<String, String> boardEventsListenerContainer(
            KafkaProperties kafka, ObjectProvider<SslBundles> sslBundles, OutboxProperties outbox,
            BoardEvents boards, ObjectMapper json) {
        ContainerProperties properties = new ContainerProperties(outbox.topic());
        properties.setGroupId("msc-ui-board-" + UUID.randomUUID());
        properties.setAckMode(ContainerProperties.AckMode.MANUAL);
        // acknowledged never: the group reads from the newest event at every start, so its offsets are not needed
        properties.setMessageListener((AcknowledgingMessageListener<String, String>) (event, unused) ->
                boards.caseChanged(type(event, json), caseId(event, json)));
        var container = new KafkaMessageListenerContainer<>(consumers(kafka.buildConsumerProperties(
                sslBundles.getIfAvailable())), properties);
        container.setBeanName("mscBoardCaseEvents");
        return container;
    }

    private static DefaultKafkaConsumerFactory<String, String> consumers(Map<String, Object> configured) {
        configured.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        configured.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new DefaultKafkaConsumerFactory<>(configured, new StringDeserializer(), new StringDeserializer());
    }

    /** The case the event is about: its team decides which boards hear of it. */
    private static Optional<UUID> caseId(ConsumerRecord<String, String> event, ObjectMapper json) {
        try {
            return Optional.of(UUID.fromString(json.readTree(event.value()).path("caseId").asText("")));
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }

    /** The event's type code, or "unknown" for a message that is not a case event. */
    private static String type(ConsumerRecord<String, String> event, ObjectMapper json) {
        try {
            String type = json.readTree(event.value()).path("type").asText("");
            return type.matches("[A-Za-z]{1,40}") ? type : "unknown";
        } catch (Exception unreadable) {
            return "unknown";
        }
    }
}
