package org.mscpathway.platform.cases;

import org.mscpathway.platform.problem.FieldProblem;
import org.mscpathway.platform.problem.ProblemMapping;
import org.mscpathway.workflow.pathway.CaseNotFoundException;
import org.mscpathway.workflow.pathway.DecisionNotAllowedException;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.NotInCareTeamException;
import org.mscpathway.workflow.pathway.StaleCaseException;
import org.mscpathway.workflow.pathway.StepOutOfTurnException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** How the pathway's refusals are answered. Their messages name steps, versions and ids, never patient data. */
@Configuration(proxyBeanMethods = false)
class CaseProblems {

    @Bean
    ProblemMapping caseNotFoundProblem() {
        return ProblemMapping.of(CaseNotFoundException.class, HttpStatus.NOT_FOUND, "Case not found");
    }

    @Bean
    ProblemMapping caseStepOutOfTurnProblem() {
        return ProblemMapping.of(StepOutOfTurnException.class, HttpStatus.CONFLICT, "Step submitted out of turn");
    }

    @Bean
    ProblemMapping staleCaseProblem() {
        return ProblemMapping.of(StaleCaseException.class, HttpStatus.CONFLICT, "Stale update");
    }

    @Bean
    ProblemMapping decisionNotAllowedProblem() {
        return ProblemMapping.of(DecisionNotAllowedException.class, HttpStatus.FORBIDDEN, "Decision not allowed");
    }

    @Bean
    ProblemMapping notInCareTeamProblem() {
        return ProblemMapping.of(NotInCareTeamException.class, HttpStatus.FORBIDDEN, "Not in this care team");
    }

    @Bean
    ProblemMapping invalidCaseDataProblem() {
        return ProblemMapping.invalid(InvalidCaseDataException.class, e -> e.errors().stream()
                .map(error -> new FieldProblem(error.field(), error.message())).toList());
    }
}
