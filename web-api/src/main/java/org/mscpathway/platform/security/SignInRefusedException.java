package org.mscpathway.platform.security;

/** A browser sign-in through the identity provider that the platform refuses, and why. */
public final class SignInRefusedException extends RuntimeException {

    private final SignInRefusal reason;

    public SignInRefusedException(SignInRefusal reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SignInRefusal reason() {
        return reason;
    }
}
