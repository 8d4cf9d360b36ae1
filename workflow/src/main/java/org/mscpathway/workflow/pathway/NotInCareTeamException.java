package org.mscpathway.workflow.pathway;

/** A case is opened in a care team the user does not work in (or the user works in none): answered with 403. */
public class NotInCareTeamException extends RuntimeException {

    public NotInCareTeamException(String message) {
        super(message);
    }
}
