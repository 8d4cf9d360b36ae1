package org.mscpathway.workflow.pathway;

/** A step was submitted while the case waits elsewhere (or is closed): answered with 409. */
public class StepOutOfTurnException extends RuntimeException {

    public StepOutOfTurnException(String message) {
        super(message);
    }
}
