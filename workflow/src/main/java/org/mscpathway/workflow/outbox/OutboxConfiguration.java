package org.mscpathway.workflow.outbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
@Import({Outbox.class, RelayWakeUp.class})
public class OutboxConfiguration {

    @Bean
    NewTopic caseEventsTopic(OutboxProperties properties) {
        return TopicBuilder.name(properties.topic()).partitions(properties.partitions()).build();
    }

    @Bean
    NewTopic rulesetEventsTopic(OutboxProperties properties) {
        return TopicBuilder.name(properties.rulesetTopic()).partitions(1).build();
    }

    /** A producer of its own: idempotent, acks=all, and bounded waits so a broker outage never blocks the relay. */
    @Bean
    KafkaTemplate<String, String> caseEventTemplate(KafkaProperties kafka, OutboxProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties(null));
        int timeoutMs = (int) properties.sendTimeout().toMillis();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs / 2);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs / 2);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "msc-outbox-relay");
        KafkaTemplate<String, String> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        // the relay reports an outage once; the default listener would log every failed send with its payload
        template.setProducerListener(new ProducerListener<>() {
        });
        return template;
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions,
                            KafkaTemplate<String, String> caseEventTemplate, OutboxProperties properties,
                            Clock clock) {
        return new OutboxRelay(jdbc, transactions, caseEventTemplate, properties, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "msc.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelayScheduler outboxRelayScheduler(OutboxRelay relay, OutboxProperties properties, RelayWakeUp wakeUps) {
        return new OutboxRelayScheduler(relay, properties.pollInterval(), wakeUps);
    }
}
