package org.mscpathway.platform.security;

/**
 * Where a person who signed in at the identity provider becomes a platform account, so that the four-eyes rules,
 * the audit trail and notifications know them like any local user. Implemented by the account administration;
 * called once per browser sign-in, on the request's thread, before the session is established.
 */
public interface ExternalAccounts {

    /**
     * Creates the account (no local password, marked as the provider's) or updates its roles and email from the
     * provider, records that in the audit trail in the same transaction, and ends the account's other sessions when
     * its roles changed. Whether the account is enabled stays the administrators' decision.
     *
     * @throws SignInRefusedException when the account is disabled, is a local account with a password, or would be
     *                                created without any platform role
     */
    void provision(ExternalIdentity identity);
}
