package org.mscpathway.platform.security;

/**
 * Published when a browser sign-in through the identity provider is refused, for the audit trail.
 *
 * @param provider the sign-in's registration id
 * @param name     the name the provider sent, or null when it sent none
 */
public record ExternalSignInRefused(String provider, String name, SignInRefusal reason) {
}
