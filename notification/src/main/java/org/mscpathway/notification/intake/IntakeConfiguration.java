package org.mscpathway.notification.intake;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mscpathway.notification.email.EmailOutbox;
import org.mscpathway.notification.event.MalformedCaseEventException;
import org.mscpathway.notification.inbox.Inbox;
import org.mscpathway.notification.routing.Routing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case-event consumer: its own consumer group, String values parsed here, retries with exponential back-off,
 * then the dead-letter topic. Built from {@code spring.kafka.*} (bootstrap servers, security) without defining any
 * consumer or producer factory bean, so the application's own Kafka beans are unaffected.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeConfiguration {

    @Bean
    CaseEventNotifier caseEventNotifier(Routing routing, Inbox inbox, EmailOutbox emails,
                                        PlatformTransactionManager transactionManager) {
        return new CaseEventNotifier(routing, inbox, emails, new TransactionTemplate(transactionManager));
    }

    @Bean
    DeadLetterTopic caseEventDeadLetterTopic(KafkaProperties kafka, ObjectProvider<SslBundles> sslBundles) {
        return new DeadLetterTopic(kafka.buildProducerProperties(sslBundles.getIfAvailable()));
    }

    /** Created at start-up by Spring Boot's KafkaAdmin where it does not exist yet (brokers may refuse auto-creation). */
    @Bean
    NewTopic caseEventDeadLetters(IntakeProperties properties) {
        return TopicBuilder.name(properties.topic() + DeadLetterTopic.SUFFIX).partitions(1).build();
    }

    @Bean
    ConcurrentMessageListenerContainer<String, String> caseEventListenerContainer(
            KafkaProperties kafka, ObjectProvider<SslBundles> sslBundles, IntakeProperties properties,
            CaseEventNotifier notifier, DeadLetterTopic deadLetters) {
        ContainerProperties containerProperties = new ContainerProperties(properties.topic());
        containerProperties.setGroupId(properties.groupId());
        containerProperties.setMessageListener(new CaseEventListener(notifier));
        var container = new ConcurrentMessageListenerContainer<>(
                consumers(kafka.buildConsumerProperties(sslBundles.getIfAvailable())), containerProperties);
        container.setConcurrency(properties.concurrency());
        container.setCommonErrorHandler(errorHandler(properties.retry(), deadLetters));
        container.setBeanName("mscNotificationCaseEvents");
        return container;
    }

    private static DefaultKafkaConsumerFactory<String, String> consumers(Map<String, Object> configured) {
        // a new consumer group starts from the oldest retained event, so no event published before its first start
        // goes untold; the unique constraint makes re-reading harmless
        configured.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        configured.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new DefaultKafkaConsumerFactory<>(configured, new StringDeserializer(), new StringDeserializer());
    }

    private static DefaultErrorHandler errorHandler(IntakeProperties.Retry retry, DeadLetterTopic deadLetters) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters.recoverer(), backOff);
        handler.addNotRetryableExceptions(MalformedCaseEventException.class);
        return handler;
    }
}
