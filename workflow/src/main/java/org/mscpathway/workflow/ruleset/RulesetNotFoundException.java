package org.mscpathway.workflow.ruleset;

public class RulesetNotFoundException extends RuntimeException {

    public RulesetNotFoundException(String version) {
        super("no ruleset version '" + version + "' is stored");
    }
}
