package org.mscpathway.platform.security;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps the claims of a browser sign-in (ID token and user info) to the platform's terms, with the same settings as
 * bearer tokens: the user name from {@code msc.security.jwt.username-claim}, the roles from
 * {@code msc.security.jwt.roles-claim} and the care teams from {@code msc.security.jwt.teams-claim}
 * ({@link RoleClaims}), and the email from {@code msc.security.oidc.email-claim}.
 */
record IdentityClaims(PlatformSecurityProperties.Jwt names, PlatformSecurityProperties.Oidc extras) {

    /** What an administrator can name in {@code PUT /api/v1/users/{username}}: an account it can manage. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL = 254;

    /** @throws SignInRefusedException when the claims carry no user name the platform can use */
    ExternalIdentity read(String provider, Map<String, Object> claims) {
        return new ExternalIdentity(provider, username(claims), RoleClaims.roles(claims, names), email(claims),
                RoleClaims.teams(claims, names));
    }

    String usernameClaim() {
        return names.usernameClaim();
    }

    /** The provider's name for the person in lower case (providers compare user names regardless of case). */
    String username(Map<String, Object> claims) {
        Object claim = RoleClaims.claim(claims, names.usernameClaim());
        if (!(claim instanceof String text) || text.isBlank()) {
            throw new SignInRefusedException(SignInRefusal.MISSING_USERNAME,
                    "the identity provider sent no user name in the claim '" + names.usernameClaim() + "'");
        }
        String username = text.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new SignInRefusedException(SignInRefusal.INVALID_USERNAME, "the user name in the claim '"
                    + names.usernameClaim() + "' is not 2 to 100 letters, digits, '.', '_' or '-'");
        }
        return username;
    }

    private String email(Map<String, Object> claims) {
        Object claim = RoleClaims.claim(claims, extras.emailClaim());
        if (!(claim instanceof String text)) {
            return null;
        }
        String email = text.strip();
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches() ? email : null;
    }

}
