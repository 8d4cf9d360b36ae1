package org.mscpathway.notification;

import javax.sql.DataSource;
import org.mscpathway.notification.email.EmailConfiguration;
import org.mscpathway.notification.inbox.InboxConfiguration;
import org.mscpathway.notification.intake.IntakeConfiguration;
import org.mscpathway.notification.routing.RoutingConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Notifications for any application that has this jar on its class path and a DataSource: the in-app notification
 * API ({@code Notifications}) always; the case-event consumer and the email sender unless
 * {@code msc.notification.enabled=false}. The application provides a {@code StaffDirectory} bean (its users) and a {@code CaseDirectory} bean (its cases).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, KafkaAutoConfiguration.class, MailSenderAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(NotificationProperties.class)
@Import(InboxConfiguration.class)
public class NotificationAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "msc.notification.enabled", havingValue = "true", matchIfMissing = true)
    @Import({RoutingConfiguration.class, EmailConfiguration.class, IntakeConfiguration.class})
    static class CaseEventConsumer {
    }
}
