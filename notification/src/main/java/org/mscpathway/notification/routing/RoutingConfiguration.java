package org.mscpathway.notification.routing;

import org.mscpathway.notification.NotificationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Routing beans; the application provides the {@link StaffDirectory}. */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RecipientDirectory recipientDirectory(DataSource dataSource, StaffDirectory staff) {
        return new ScreeningCaseDirectory(JdbcClient.create(dataSource), staff);
    }

    @Bean
    Routing caseEventRouting(NotificationProperties properties, RecipientDirectory directory) {
        return new Routing(properties.routes(), directory);
    }
}
