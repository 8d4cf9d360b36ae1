package org.mscpathway.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoAccounts the embedded default's demo accounts
 * @param jwt          how a bearer token (when an OIDC issuer is configured) names the user and their roles
 * @param metricsRole  who may read {@code /actuator/prometheus}
 */
@ConfigurationProperties("msc.security")
record PlatformSecurityProperties(DemoAccounts demoAccounts, Jwt jwt, Role metricsRole) {

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
     */
    record Jwt(String rolesClaim, String usernameClaim) {
    }
}
