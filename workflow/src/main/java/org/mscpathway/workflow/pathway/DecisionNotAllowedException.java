package org.mscpathway.workflow.pathway;

/** The actor may not take this decision on this case (e.g. the physician opened the case): answered with 403. */
public class DecisionNotAllowedException extends RuntimeException {

    public DecisionNotAllowedException(String message) {
        super(message);
    }
}
