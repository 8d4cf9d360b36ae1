package org.mscpathway.platform.interop;

/** The case has no approved plan to export (it is not APPROVED). The message names ids and steps, never patient data. */
final class NoApprovedPlanException extends RuntimeException {

    NoApprovedPlanException(String message) {
        super(message);
    }
}
