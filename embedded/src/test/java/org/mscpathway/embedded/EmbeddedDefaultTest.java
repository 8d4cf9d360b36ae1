package org.mscpathway.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mscpathway.platform.MscPathwayApplication;
import org.mscpathway.platform.audit.AuditEntry;
import org.mscpathway.platform.audit.AuditOutcome;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.embedded.EmbeddedDefault;
import org.mscpathway.platform.embedded.RunningPlatform;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.Role;

/**
 * The README's first command, in-process: with this module on the class path the launcher finds its PostgreSQL and
 * Kafka, starts them in a data directory, becomes ready, stops, and starts again on the same data with nothing lost.
 */
class EmbeddedDefaultTest {

    private static final String TOPIC = "msc.embedded-default-test";

    @TempDir
    Path data;

    private String[] arguments() {
        return new String[] {"--msc.embedded.data-dir=" + data, "--msc.embedded.postgres-port=0",
                "--msc.embedded.kafka-port=0", "--msc.embedded.kafka-controller-port=0", "--server.port=0",
                // An engine name of its own, whatever else runs in this JVM.
                "--camunda.bpm.generate-unique-process-engine-name=true"};
    }

    @Test
    void embeddedDefaultStartsItsOwnServicesAndKeepsTheirDataAcrossARestart() throws Exception {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "an external database is configured");
        UUID caseId = UUID.randomUUID();

        try (RunningPlatform first = MscPathwayApplication.launch(arguments())) {
            assertThat(first.embedded()).isTrue();
            assertThat(first.context().getEnvironment().getActiveProfiles()).containsExactly(EmbeddedDefault.PROFILE);
            awaitReadiness(first);
            assertThat(first.context().getEnvironment().getProperty("spring.datasource.password"))
                    .as("the platform signs in with the generated secret")
                    .isEqualTo(Files.readString(data.resolve(PostgresPassword.FILE_NAME)).trim());
            first.context().getBean(AuditTrail.class)
                    .record(new Actor("coordinator", Set.of(Role.COORDINATOR)), "CASE_OPENED", caseId, AuditOutcome.OK);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                    bootstrapServers(first)), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, caseId.toString(), "kept")).get();
            }
        }
        assertThat(data.resolve("postgres/PG_VERSION")).exists();
        assertThat(data.resolve("kafka/logs/meta.properties")).exists();

        try (RunningPlatform second = MscPathwayApplication.launch(arguments())) {
            awaitReadiness(second);
            assertThat(second.context().getBean(AuditTrail.class).forCase(caseId))
                    .extracting(AuditEntry::action).containsExactly("CASE_OPENED");
            assertThat(readTopic(bootstrapServers(second))).extracting(ConsumerRecord::key)
                    .containsExactly(caseId.toString());
        }
        assertThat(Files.exists(data.resolve("postgres/postmaster.pid"))).as("PostgreSQL stopped").isFalse();
    }

    private static String bootstrapServers(RunningPlatform platform) {
        return platform.context().getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers");
    }

    private static void awaitReadiness(RunningPlatform platform) throws Exception {
        String port = platform.context().getEnvironment().getRequiredProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> response;
        do {
            response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not ready within 60 s: " + response.statusCode() + " " + response.body());
    }

    private static List<ConsumerRecord<String, String>> readTopic(String bootstrapServers) {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", bootstrapServers, "enable.auto.commit", "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                List<ConsumerRecord<String, String>> records = consumer.poll(Duration.ofMillis(500)).records(partition);
                if (!records.isEmpty()) {
                    return records;
                }
            }
            return List.of();
        }
    }
}
