package org.mscpathway.platform.rulesets;

import org.mscpathway.platform.problem.FieldProblem;
import org.mscpathway.platform.problem.ProblemMapping;
import org.mscpathway.workflow.ruleset.FourEyesException;
import org.mscpathway.workflow.ruleset.InvalidRulesetException;
import org.mscpathway.workflow.ruleset.RulesetNotFoundException;
import org.mscpathway.workflow.ruleset.RulesetStateException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** How ruleset governance's refusals are answered; their messages name versions and keys only. */
@Configuration(proxyBeanMethods = false)
class RulesetProblems {

    @Bean
    ProblemMapping rulesetNotFoundProblem() {
        return ProblemMapping.of(RulesetNotFoundException.class, HttpStatus.NOT_FOUND, "Ruleset not found");
    }

    @Bean
    ProblemMapping rulesetStateProblem() {
        return ProblemMapping.of(RulesetStateException.class, HttpStatus.CONFLICT, "Ruleset step not allowed now");
    }

    @Bean
    ProblemMapping fourEyesProblem() {
        return ProblemMapping.of(FourEyesException.class, HttpStatus.FORBIDDEN, "Second administrator required");
    }

    @Bean
    ProblemMapping notAnAdministratorProblem() {
        return ProblemMapping.of(NotAnAdministratorException.class, HttpStatus.FORBIDDEN, "Administrators only");
    }

    @Bean
    ProblemMapping invalidRulesetProblem() {
        return ProblemMapping.invalid(InvalidRulesetException.class, e -> e.errors().stream()
                .map(error -> new FieldProblem(error.field(), error.message())).toList());
    }
}
