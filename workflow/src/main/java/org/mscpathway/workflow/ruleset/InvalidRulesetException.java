package org.mscpathway.workflow.ruleset;

import java.util.List;

/** A proposed ruleset that cannot be stored; every problem names its key. */
public class InvalidRulesetException extends RuntimeException {

    private final List<RulesetFieldError> errors;

    public InvalidRulesetException(List<RulesetFieldError> errors) {
        super("the ruleset is invalid: " + errors.size() + " problem(s), each named by its key");
        this.errors = List.copyOf(errors);
    }

    public List<RulesetFieldError> errors() {
        return errors;
    }
}
