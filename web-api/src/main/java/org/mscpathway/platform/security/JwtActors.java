package org.mscpathway.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a bearer token's user and platform roles from the configured claims. A token must name the platform's
 * audience, and only claim values in the platform's namespace ({@code msc-pathway:physician}) are roles: an
 * identity provider may carry other applications' roles, even one called {@code admin}, in the same claim.
 */
final class JwtActors implements Converter<Jwt, AbstractAuthenticationToken> {

    private final PlatformSecurityProperties.Jwt settings;

    JwtActors(PlatformSecurityProperties.Jwt settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<String> audience = jwt.getAudience();
        if (audience == null || !audience.contains(settings.audience())) {
            throw new InvalidBearerTokenException("the token is not issued for this platform (audience)");
        }
        String prefix = settings.rolePrefix().toLowerCase(Locale.ROOT);
        List<GrantedAuthority> authorities = values(claim(jwt.getClaims(), settings.rolesClaim())).stream()
                .filter(value -> value.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(value -> value.substring(prefix.length()))
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
