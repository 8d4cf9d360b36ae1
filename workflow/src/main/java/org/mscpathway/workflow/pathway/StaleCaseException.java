package org.mscpathway.workflow.pathway;

/** The caller edited an older version of the case than the one stored: answered with 409. */
public class StaleCaseException extends RuntimeException {

    public StaleCaseException(int expected, int actual) {
        super("the case changed meanwhile (version " + actual + ", the update was based on version " + expected
                + "): reload it and submit again");
    }
}
