package org.mscpathway.platform.terminology;

import java.util.List;
import java.util.stream.Collectors;
import org.mscpathway.platform.problem.FieldProblem;

/** A terminology search without a usable query, system or limit; answered 400 naming each parameter. */
class InvalidTerminologyQueryException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidTerminologyQueryException(List<FieldProblem> problems) {
        super(problems.stream().map(problem -> problem.field() + ": " + problem.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> errors() {
        return problems;
    }
}
