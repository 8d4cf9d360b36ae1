package org.mscpathway.platform.terminology;

import org.mscpathway.platform.problem.ProblemMapping;
import org.mscpathway.screening.terminology.Terminology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TerminologyConfiguration {

    /** The names shipped with screening-core, read once. */
    @Bean
    Terminology terminology() {
        return Terminology.shipped();
    }

    @Bean
    ProblemMapping invalidTerminologyQueryProblem() {
        return ProblemMapping.invalid(InvalidTerminologyQueryException.class, InvalidTerminologyQueryException::errors);
    }
}
