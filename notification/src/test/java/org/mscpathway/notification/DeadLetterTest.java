package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.mscpathway.testsupport.TestBroker;

class DeadLetterTest extends NotificationIntegrationTest {

    static final String DEAD_LETTERS = TOPIC + ".DLT";

    @Test
    void malformedMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextEventIsStillProcessed() {
        UUID caseId = newCaseOpenedBy("coordinator");
        String malformed = """
                {"eventId": "not-a-uuid", "type": "PlanProposed", "schemaVersion": 1,
                 "occurredAt": "2026-11-25T15:30:00Z", "caseId": "%s"}""".formatted(caseId);

        send(caseId.toString(), malformed);
        UUID next = publish("PlanProposed", caseId, "PLAN_APPROVAL", "1");

        ConsumerRecord<String, String> dead = awaitDeadLetter(caseId);
        assertThat(dead.value()).isEqualTo(malformed);
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("eventId must be a UUID");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(awaitRecipientsOf(next)).containsExactly("physician", "physician2");
    }

    @Test
    void eventThatKeepsFailingIsRetriedThenDeadLetteredAndConsumptionGoesOn() {
        UUID caseId = newCaseOpenedBy("coordinator");
        staff.failNextLookups(1 + 3);  // the first try and the three retries of the test configuration

        UUID failing = publish("PlanProposed", caseId, "PLAN_APPROVAL", "1");
        UUID next = publish("PlanProposed", caseId, "PLAN_APPROVAL", "2");

        ConsumerRecord<String, String> dead = awaitDeadLetter(caseId);
        assertThat(dead.value()).contains(failing.toString());
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("user store unreachable");
        assertThat(awaitRecipientsOf(next)).containsExactly("physician", "physician2");
        assertThat(recipientsOf(failing)).isEmpty();
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(UUID caseId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            List<ConsumerRecord<String, String>> ofCase = new ArrayList<>();
            while (ofCase.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (caseId.toString().equals(record.key())) {
                        ofCase.add(record);
                    }
                });
            }
            assertThat(ofCase).as("dead letters of case %s", caseId).hasSize(1);
            return ofCase.get(0);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
