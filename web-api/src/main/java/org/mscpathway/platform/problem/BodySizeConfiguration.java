package org.mscpathway.platform.problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Registers {@link BodySizeLimit} and the NUL check ahead of every other filter, security included. */
@Configuration(proxyBeanMethods = false)
class BodySizeConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(ProblemResponses problems,
            @Value("${msc.api.max-body-size}") DataSize limit) {
        FilterRegistrationBean<BodySizeLimit> registration =
                new FilterRegistrationBean<>(new BodySizeLimit(limit.toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<NulBytes.InRequest> nulBytesInRequest(ProblemResponses problems) {
        FilterRegistrationBean<NulBytes.InRequest> registration =
                new FilterRegistrationBean<>(new NulBytes.InRequest(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
        return registration;
    }
}
