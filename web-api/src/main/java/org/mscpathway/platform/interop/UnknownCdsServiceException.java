package org.mscpathway.platform.interop;

/** A CDS service id this platform does not offer. The message names ids and steps, never patient data. */
final class UnknownCdsServiceException extends RuntimeException {

    UnknownCdsServiceException(String message) {
        super(message);
    }
}
