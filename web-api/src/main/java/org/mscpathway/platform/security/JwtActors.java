package org.mscpathway.platform.security;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a bearer token's user and platform roles from the configured claims. A token must name the platform's
 * audience; its roles are read as a browser sign-in's are ({@link RoleClaims}).
 */
record JwtActors(PlatformSecurityProperties.Jwt settings) implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<String> audience = jwt.getAudience();
        if (audience == null || !audience.contains(settings.audience())) {
            throw new InvalidBearerTokenException("the token is not issued for this platform (audience)");
        }
        List<GrantedAuthority> authorities = RoleClaims.roles(jwt.getClaims(), settings).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        String username = jwt.getClaimAsString(settings.usernameClaim());
        return new JwtAuthenticationToken(jwt, authorities, username == null ? jwt.getSubject() : username);
    }
}
