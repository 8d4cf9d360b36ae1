package org.mscpathway.workflow.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The case-events topic of a real broker, read from its start by a consumer group of its own. */
final class CaseEventsTopic {

    private CaseEventsTopic() {
    }

    /** The first {@code count} events of one case, failing if they have not all arrived within {@code timeout}. */
    static List<ConsumerRecord<String, String>> read(String bootstrapServers, UUID caseId, int count,
                                                     Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of("msc.case-events"));
            Instant deadline = Instant.now().plus(timeout);
            while (received.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (caseId.toString().equals(record.key())) {
                        received.add(record);
                    }
                }
            }
        }
        assertThat(received).as("events of case %s on the broker", caseId).hasSize(count);
        return received;
    }
}
