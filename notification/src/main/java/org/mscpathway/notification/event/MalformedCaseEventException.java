package org.mscpathway.notification.event;

/**
 * A message on the case-events topic that is not a case event this consumer can read. Retrying cannot help: such a
 * message goes straight to the dead-letter topic. The message names the field, never echoes its value.
 */
public class MalformedCaseEventException extends RuntimeException {

    MalformedCaseEventException(String message) {
        super(message);
    }

    MalformedCaseEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
