package org.mscpathway.notification.routing;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Routing beans; the application provides the {@link StaffDirectory} and the {@link CaseDirectory}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
public class RoutingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RecipientDirectory recipientDirectory(StaffDirectory staff, CaseDirectory cases) {
        return new ScreeningCaseDirectory(cases, staff);
    }

    @Bean
    Routing caseEventRouting(RoutingProperties properties, RecipientDirectory directory) {
        return new Routing(properties.routes(), directory);
    }
}
