package org.mscpathway.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker per test JVM: a Testcontainers broker where Docker answers, otherwise spring-kafka-test's
 * in-process KRaft broker. Tests isolate themselves by topic or consumer group, not by broker.
 */
public final class TestBroker {

    private static String bootstrapServers;
    private static EmbeddedKafkaKraftBroker embedded;

    private TestBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = DockerProbe.dockerAvailable() ? startContainer() : startEmbedded();
        }
        return bootstrapServers;
    }

    /** The in-process broker, for tests that stop and restart it; {@code null} when a container is used. */
    public static synchronized EmbeddedKafkaKraftBroker embeddedBroker() {
        bootstrapServers();
        return embedded;
    }

    private static String startContainer() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:3.9.1");
        kafka.start();
        return kafka.getBootstrapServers();
    }

    private static String startEmbedded() {
        embedded = new EmbeddedKafkaKraftBroker(1, 3);
        embedded.brokerProperty("auto.create.topics.enable", "true");
        embedded.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::destroy, "test-broker-shutdown"));
        return embedded.getBrokersAsString();
    }
}
