package org.mscpathway.platform.accounts;

import org.mscpathway.platform.problem.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

@Configuration(proxyBeanMethods = false)
class AccountProblems {

    @Bean
    ProblemMapping invalidAccountProblem() {
        return ProblemMapping.invalid(InvalidAccountException.class, InvalidAccountException::errors);
    }

    @Bean
    ProblemMapping selfGrantRefusedProblem() {
        return ProblemMapping.of(SelfGrantRefusedException.class, HttpStatus.FORBIDDEN, "Role not granted");
    }
}
