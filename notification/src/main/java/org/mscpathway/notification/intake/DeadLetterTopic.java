package org.mscpathway.notification.intake;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes a message that could not be processed to {@code <topic>.DLT}, unchanged and under its key, with the
 * reason and the original topic, partition and offset in the {@code kafka_dlt-*} headers. The producer is the
 * module's own, so the application's Kafka producer beans stay as Spring Boot configures them.
 */
class DeadLetterTopic implements DisposableBean {

    static final String SUFFIX = ".DLT";

    private final DefaultKafkaProducerFactory<String, String> producers;
    private final DeadLetterPublishingRecoverer recoverer;

    DeadLetterTopic(Map<String, Object> producerProperties) {
        this.producers = new DefaultKafkaProducerFactory<>(producerProperties, new StringSerializer(),
                new StringSerializer());
        // partition -1: the dead-letter topic's own partitioning by key, whatever its partition count
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                (record, failure) -> new TopicPartition(record.topic() + SUFFIX, -1));
    }

    DeadLetterPublishingRecoverer recoverer() {
        return recoverer;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
