package org.mscpathway.platform.security;

import org.mscpathway.workflow.pathway.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a browser sign-in's claims become a platform identity, with the bearer tokens' mapping. */
class IdentityClaimsTest {

    private final IdentityClaims claims = new IdentityClaims(
            new PlatformSecurityProperties.Jwt("realm_access.roles", "preferred_username", "msc-pathway:", "msc-pathway",
                    "msc_teams"),
            new PlatformSecurityProperties.Oidc("email"));

    @Test
    void platformRolesComeFromTheNamespacedValuesAndUnknownRolesOrTeamNamesAreIgnored() {
        ExternalIdentity person = claims.read("hospital", Map.of("preferred_username", "Dr.Kim",
                "realm_access", Map.of("roles", List.of("msc-pathway:physician", "msc-pathway:surgeon", "admin",
                        "radiology:ADMIN", "offline_access")),
                "email", "dr.kim@hospital.test", "msc_teams", List.of("cardiology", " Knee-Clinic ", "", "ward 3")));

        assertThat(person).isEqualTo(new ExternalIdentity("hospital", "dr.kim", Set.of(Role.PHYSICIAN),
                "dr.kim@hospital.test", Set.of("cardiology", "knee-clinic")));
    }

    @Test
    void teamsMayBeOneTextAndAnUnusableEmailIsLeftOut() {
        ExternalIdentity person = claims.read("hospital", Map.of("preferred_username", "kim",
                "email", "not an address", "msc_teams", "cardiology, oncology"));

        assertThat(person.teams()).containsExactlyInAnyOrder("cardiology", "oncology");
        assertThat(person.email()).isNull();
        assertThat(person.roles()).isEmpty();
    }

    @Test
    void missingUsernameClaimIsRefusedNamingTheClaim() {
        assertThatThrownBy(() -> claims.read("hospital", Map.of("sub", "4711",
                "realm_access", Map.of("roles", List.of("msc-pathway:physician")))))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SignInRefusal.MISSING_USERNAME))
                .hasMessageContaining("'preferred_username'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kim@hospital.test", "dr kim", "x", "-kim"})
    void usernameThatCannotNameAnAccountIsRefused(String username) {
        assertThatThrownBy(() -> claims.read("hospital", Map.of("preferred_username", username)))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SignInRefusal.INVALID_USERNAME));
    }
}
