package org.mscpathway.platform.accounts;

import java.util.List;
import org.mscpathway.platform.problem.FieldProblem;

/** An account request with wrong fields; answered 400 naming each (never echoing a password). */
class InvalidAccountException extends RuntimeException {

    private final List<FieldProblem> errors;

    InvalidAccountException(List<FieldProblem> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " invalid fields");
        this.errors = List.copyOf(errors);
    }

    List<FieldProblem> errors() {
        return errors;
    }
}
