package org.mscpathway.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mscpathway.notification.testapp.InMemoryCases;
import org.mscpathway.notification.testapp.InMemoryStaff;
import org.mscpathway.notification.testapp.NotificationTestApplication;
import org.mscpathway.testsupport.TestBroker;
import org.mscpathway.testsupport.WithRealServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for every integration test of the module: real PostgreSQL, a real Kafka broker and a real SMTP
 * server. Tests keep apart by using a new case (and so new event ids) each.
 */
@SpringBootTest(classes = NotificationTestApplication.class)
@WithRealServices
abstract class NotificationIntegrationTest {

    static final String TOPIC = "msc.case-events";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static KafkaTemplate<String, String> producer;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InMemoryStaff staff;
    @Autowired
    InMemoryCases cases;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        Smtp.start();
        registry.add("spring.mail.host", () -> Smtp.HOST);
        registry.add("spring.mail.port", () -> Smtp.PORT);
    }

    /** A new case opened by the coordinator. */
    UUID newCaseOpenedBy(String coordinator) {
        return newCaseOpenedBy(coordinator, "main");
    }

    /** A new case of the care team, opened by the coordinator. */
    UUID newCaseOpenedBy(String coordinator, String team) {
        return cases.open(coordinator, team);
    }

    /** Publishes a case event (and waits for the broker to have it); returns its id. */
    UUID publish(String type, UUID caseId, String step, String outcome) {
        UUID eventId = UUID.randomUUID();
        send(caseId.toString(), envelope(eventId, type, caseId, step, outcome));
        return eventId;
    }

    static String envelope(UUID eventId, String type, UUID caseId, String step, String outcome) {
        return """
                {"eventId": "%s", "type": "%s", "schemaVersion": 1, "occurredAt": "%s", "caseId": "%s",
                 "step": %s, "outcome": %s, "actorRole": "SYSTEM"}""".formatted(
                eventId, type, Instant.now(), caseId, quotedOrNull(step), quotedOrNull(outcome));
    }

    static void send(String key, String value) {
        try {
            producer().send(TOPIC, key, value).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the test event", e);
        }
    }

    /** Publishes one event of a new case the coordinator opened, and returns whom it told in-app. */
    List<String> awaitRecipientsOfNewCaseEvent(String coordinator, String type, String step, String outcome) {
        return awaitRecipientsOf(publish(type, newCaseOpenedBy(coordinator), step, outcome));
    }

    /** The users told of the event in-app, once the event has been processed. */
    List<String> awaitRecipientsOf(UUID eventId) {
        return await().atMost(PATIENCE).until(() -> recipientsOf(eventId), recipients -> !recipients.isEmpty());
    }

    List<String> recipientsOf(UUID eventId) {
        return jdbc.sql("SELECT recipient FROM msc.notification WHERE event_id = ? ORDER BY recipient")
                .param(eventId)
                .query(String.class)
                .list();
    }

    /**
     * Waits until every event published so far for the case has been processed: events of one case share a
     * partition, so once a later marker event is stored, the earlier ones are done.
     */
    void awaitEarlierEventsProcessed(UUID caseId) {
        awaitRecipientsOf(publish("TaskOverdue", caseId, "PLAN_APPROVAL", null));
    }

    /** Waits until SMTP has accepted every queued email of the event. */
    void awaitEmailsSent(UUID eventId) {
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                        "SELECT count(*) FROM msc.email_outbox WHERE event_id = ? AND sent_at IS NULL")
                .param(eventId).query(Long.class).single() == 0);
    }

    static List<Smtp.Email> emailsAbout(UUID caseId) {
        return Smtp.received().stream().filter(email -> email.body().contains(caseId.toString())).toList();
    }

    private static String quotedOrNull(String code) {
        return code == null ? "null" : "\"" + code + "\"";
    }

    private static synchronized KafkaTemplate<String, String> producer() {
        if (producer == null) {
            producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer()));
        }
        return producer;
    }
}
