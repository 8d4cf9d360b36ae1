package org.mscpathway.platform.security;


import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import static org.assertj.core.api.Assertions.assertThat;

class JwtActorsTest {

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("42")
                .audience(List.of("msc-pathway")).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void rolesAreReadFromANestedClaimAsKeycloakWritesThem() {
        JwtActors actors = new JwtActors(
                new PlatformSecurityProperties.Jwt("realm_access.roles", "preferred_username", "msc-pathway:",
                        "msc-pathway", "msc_teams"));

        AbstractAuthenticationToken token = actors.convert(jwt(Map.of("preferred_username", "kim",
                "realm_access", Map.of("roles", List.of("msc-pathway:coordinator", "offline_access")))));

        assertThat(Actor.of(token)).isEqualTo(new Actor("kim", Set.of(Role.COORDINATOR)));
    }

    @Test
    void subjectNamesTheUserWhenTheUsernameClaimIsAbsent() {
        JwtActors actors = new JwtActors(new PlatformSecurityProperties.Jwt("roles", "preferred_username", "msc-pathway:",
                "msc-pathway", "msc_teams"));

        AbstractAuthenticationToken token = actors.convert(jwt(Map.of("roles", "msc-pathway:ROLE_ADMIN msc-pathway:PHYSICIAN admin")));

        assertThat(Actor.of(token)).isEqualTo(new Actor("42", Set.of(Role.ADMIN, Role.PHYSICIAN)));
    }
}
