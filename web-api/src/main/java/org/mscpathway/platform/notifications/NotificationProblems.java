package org.mscpathway.platform.notifications;

import org.mscpathway.platform.problem.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationProblems {

    @Bean
    ProblemMapping invalidNotificationQueryProblem() {
        return ProblemMapping.invalid(InvalidNotificationQueryException.class,
                InvalidNotificationQueryException::errors);
    }
}
