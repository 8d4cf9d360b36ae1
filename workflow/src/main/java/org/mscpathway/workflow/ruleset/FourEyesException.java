package org.mscpathway.workflow.ruleset;

/** The author of a ruleset version tried to approve it: a second administrator must. */
public class FourEyesException extends RuntimeException {

    public FourEyesException(String version) {
        super("ruleset " + version + " must be approved by an administrator other than its author");
    }
}
