package org.mscpathway.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a bearer token's user and platform roles from the configured claims. Roles the platform does not know are
 * ignored, so an identity provider may carry other applications' roles in the same claim.
 */
final class JwtActors implements Converter<Jwt, AbstractAuthenticationToken> {

    private final PlatformSecurityProperties.Jwt settings;

    JwtActors(PlatformSecurityProperties.Jwt settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = values(claim(jwt.getClaims(), settings.rolesClaim())).stream()
                .map(Role::parse)
                .flatMap(Optional::stream)
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        String username = jwt.getClaimAsString(settings.usernameClaim());
        return new JwtAuthenticationToken(jwt, authorities, username == null ? jwt.getSubject() : username);
    }

    /** Follows a dotted path such as {@code realm_access.roles} through nested claim objects. */
    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String name : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(name);
        }
        return value;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text) {
            return List.of(text.split("[,\\s]+"));
        }
        return List.of();
    }
}
