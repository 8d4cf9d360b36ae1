package org.mscpathway.platform.security;

import org.mscpathway.workflow.pathway.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoAccounts the embedded default's demo accounts
 * @param jwt          how the identity provider's tokens name the user and their roles: a bearer token (when an
 *                     OIDC issuer is configured) and the ID token of a browser sign-in alike
 * @param oidc         what a browser sign-in through the identity provider reads beyond name and roles
 * @param metricsRole  who may read {@code /actuator/prometheus}
 * @param sessions     how long a browser session lasts
 * @param signIn       how failed sign-ins are throttled
 * @param verifiedCredentials how long a password verified with BCrypt is taken as verified
 */
@ConfigurationProperties("msc.security")
record PlatformSecurityProperties(DemoAccounts demoAccounts, Jwt jwt, Oidc oidc, Role metricsRole, Sessions sessions,
                                  SignIn signIn, VerifiedCredentials verifiedCredentials) {

    /**
     * @param lifetime how long this instance skips BCrypt for a password it has verified (HTTP Basic clients sign in
     *                 on every request); an account change forgets it at once; zero turns the cache off
     */
    record VerifiedCredentials(java.time.Duration lifetime) {
    }

    /**
     * @param maxFailuresPerAccount failed sign-ins to one account within {@code window} before it must wait
     * @param maxFailuresPerAddress failed sign-ins from one client address within {@code window} before it must wait
     * @param window                how long a failure counts
     */
    record SignIn(int maxFailuresPerAccount, int maxFailuresPerAddress, java.time.Duration window) {
    }

    /**
     * @param idleTimeout      a session ends after this long without a request (Spring Session's timeout)
     * @param absoluteLifetime and at the latest this long after it began, however busy
     */
    record Sessions(java.time.Duration idleTimeout, java.time.Duration absoluteLifetime) {
    }

    /**
     * @param enabled  seeds {@code coordinator}, {@code physician}, {@code physician2} and {@code admin}; refused
     *                 outside the embedded profile
     * @param password their shared password
     */
    record DemoAccounts(boolean enabled, String password) {
    }

    /**
     * @param rolesClaim    claim holding the roles; a dotted path reaches a nested claim
     *                      ({@code realm_access.roles})
     * @param usernameClaim claim holding the username; the subject is used when it is absent
     * @param rolePrefix    only claim values with this prefix are platform roles ({@code msc-pathway:physician}),
     *                      so another application's {@code admin} in the same claim grants nothing here
     * @param audience      a token must name this audience ({@code aud}); one issued for another application is
     *                      refused
     * @param teamsClaim    claim holding the care teams: of a browser sign-in's account, and of a token's user who has
     *                      no account here (a list, or names separated by commas or spaces; a dotted path reaches a
     *                      nested claim); an account's own teams are the account's
     */
    record Jwt(String rolesClaim, String usernameClaim, String rolePrefix, String audience, String teamsClaim) {
    }

    /**
     * @param emailClaim claim holding where the person's notifications are emailed; when the provider leaves it
     *                   out, the address already stored is kept (care teams come from {@link Jwt#teamsClaim})
     */
    record Oidc(String emailClaim) {
    }
}
