package org.mscpathway.workflow.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.mscpathway.testsupport.WithRealServices;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.CaseData;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.pathway.Step;
import org.mscpathway.workflow.testapp.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Kafka unreachable: the pathway goes on, events wait in the outbox, and they drain once a broker answers. */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = "msc.outbox.relay-enabled=false")
@WithRealServices
class BrokerOutageTest {

    @Autowired
    ScreeningCases cases;
    @Autowired
    OutboxRelay relay;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OutboxProperties properties;

    @Test
    void pathwayKeepsWorkingWhileKafkaIsDownAndTheOutboxDrainsWhenItReturns() throws IOException {
        CaseActor coordinator = new CaseActor("coordinator", Role.COORDINATOR, CaseData.TEAM);
        OutboxRelay unreachable = relayTo(deadAddress());

        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", coordinator);
        int relayedWhileDown = unreachable.relay();
        cases.submitMedicalHistory(id, CaseData.history(), coordinator, null);

        assertThat(relayedWhileDown).isZero();
        assertThat(cases.view(id, CaseData.TEAM).currentStep()).isEqualTo(Step.PHYSICAL_EXAM);
        assertThat(unpublishedOf(id)).isEqualTo(cases.events(id, CaseData.TEAM).size()).isGreaterThanOrEqualTo(3);

        int drained = 0;
        while (relay.relay() > 0) {
            drained++;
        }

        assertThat(drained).isPositive();
        assertThat(unpublishedOf(id)).isZero();
    }

    private long unpublishedOf(UUID id) {
        return jdbc.sql("SELECT count(*) FROM msc.outbox_event WHERE case_id = :id AND published_at IS NULL")
                .param("id", id).query(Long.class).single();
    }

    private OutboxRelay relayTo(String bootstrap) {
        var template = new KafkaTemplate<String, String>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000)));
        var shortTimeout = new OutboxProperties(properties.topic(), properties.partitions(), false,
                properties.pollInterval(), properties.batchSize(), Duration.ofSeconds(3), properties.rulesetTopic());
        return new OutboxRelay(jdbc, transactions, template, shortTimeout, Clock.systemUTC());
    }

    /** A loopback port nobody listens on. */
    private static String deadAddress() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "127.0.0.1:" + socket.getLocalPort();
        }
    }
}
