package org.mscpathway.platform.notifications;

import java.util.List;
import org.mscpathway.platform.problem.FieldProblem;

/** A notification query parameter out of range; answered 400 naming it. */
class InvalidNotificationQueryException extends RuntimeException {

    private final FieldProblem problem;

    InvalidNotificationQueryException(FieldProblem problem) {
        super(problem.field() + ": " + problem.message());
        this.problem = problem;
    }

    List<FieldProblem> errors() {
        return List.of(problem);
    }
}
