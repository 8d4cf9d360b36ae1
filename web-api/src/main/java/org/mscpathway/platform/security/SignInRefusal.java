package org.mscpathway.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** Why a person who signed in at the identity provider is not let into the platform; the sign-in page explains each. */
public enum SignInRefusal {
    /** The provider sent no user name in the configured claim. */
    MISSING_USERNAME("missing-username"),
    /** The provider's user name cannot name a platform account (administrators could not manage it). */
    INVALID_USERNAME("invalid-username"),
    /** The provider grants the person no platform role. */
    NO_ROLE("no-role"),
    /** An administrator disabled the person's platform account. */
    ACCOUNT_DISABLED("account-disabled"),
    /** The name belongs to a local account with its own password, which the provider does not take over. */
    LOCAL_ACCOUNT("local-account");

    private final String code;

    SignInRefusal(String code) {
        this.code = code;
    }

    /** How the refusal is named in the sign-in page's address ({@code /login?refused=no-role}). */
    public String code() {
        return code;
    }

    public static Optional<SignInRefusal> ofCode(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.code.equals(code)).findFirst();
    }
}
