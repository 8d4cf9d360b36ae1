package org.mscpathway.platform.security;

import org.mscpathway.workflow.pathway.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoAccounts the embedded default's demo accounts
 * @param jwt          how a bearer token (when an OIDC issuer is configured) names the user and their roles
 * @param metricsRole  who may read {@code /actuator/prometheus}
 * @param sessions     how long a browser session lasts
 * @param signIn       how failed sign-ins are throttled
 */
@ConfigurationProperties("msc.security")
record PlatformSecurityProperties(DemoAccounts demoAccounts, Jwt jwt, Role metricsRole, Sessions sessions,
                                  SignIn signIn) {

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
     */
    record Jwt(String rolesClaim, String usernameClaim, String rolePrefix, String audience) {
    }
}
