package org.mscpathway.embedded;

/** The embedded default will not start: its port is taken or its data directory is in use by someone else. */
final class EmbeddedDefaultRefusedException extends IllegalStateException {

    EmbeddedDefaultRefusedException(String message) {
        super("The embedded default refuses to start: " + message);
    }
}
