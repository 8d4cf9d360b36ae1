package org.mscpathway.notification.inbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The in-app notifications: always present, also where the consumer is switched off (API-only instances). */
@Configuration(proxyBeanMethods = false)
public class InboxConfiguration {

    @Bean
    Notifications notifications(DataSource dataSource) {
        return new Notifications(JdbcClient.create(dataSource));
    }

    @Bean
    Inbox inbox(DataSource dataSource) {
        return new Inbox(JdbcClient.create(dataSource));
    }
}
