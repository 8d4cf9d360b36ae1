package org.mscpathway.platform.security;

import java.util.Map;
import org.mscpathway.workflow.pathway.CareTeams;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Which care teams a signed-in user works in: an account's teams are the account's, whatever the sign-in. A bearer
 * token's user without an account here works in the teams of the token's teams claim
 * ({@code msc.security.jwt.teams-claim}; values that are no team name are ignored), or in the default team when
 * the token has no such claim, so a single-team installation needs nothing from its identity provider.
 */
@Component
class UserTeams {

    private final PlatformUsers users;
    private final PlatformSecurityProperties.Jwt jwt;
    private final TeamSettings settings;

    UserTeams(PlatformUsers users, PlatformSecurityProperties properties, TeamSettings settings) {
        this.users = users;
        this.jwt = properties.jwt();
        this.settings = settings;
    }

    CareTeams of(Authentication authentication) {
        var account = users.teams(authentication.getName());
        if (account.isPresent()) {
            return account.get();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            Map<String, Object> claims = token.getToken().getClaims();
            if (RoleClaims.claim(claims, jwt.teamsClaim()) == null) {
                return settings.defaultTeams();
            }
            return new CareTeams(RoleClaims.teams(claims, jwt));
        }
        return CareTeams.NONE;
    }
}
