package org.mscpathway.notification.email;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The email channel. Without a {@link JavaMailSender} (no {@code spring.mail.host}) emails are still queued, and are
 * sent once an instance with SMTP settings runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailProperties.class)
public class EmailConfiguration {

    static final String TEMPLATES = "org/mscpathway/notification/email/";

    @Bean
    EmailOutbox emailOutbox(DataSource dataSource, EmailProperties properties) {
        return new EmailOutbox(JdbcClient.create(dataSource), new EmailTemplates(TEMPLATES, properties.baseUrl()));
    }

    @Bean
    @ConditionalOnBean(JavaMailSender.class)
    EmailSender emailOutboxSender(DataSource dataSource, PlatformTransactionManager transactionManager,
                                  JavaMailSender mail, EmailProperties properties) {
        return new EmailSender(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager), mail,
                properties.email());
    }
}
