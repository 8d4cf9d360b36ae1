package org.mscpathway.workflow.ruleset;

/** A governance step the version's state does not allow (approve twice, activate a draft, reuse a version). */
public class RulesetStateException extends RuntimeException {

    public RulesetStateException(String message) {
        super(message);
    }
}
