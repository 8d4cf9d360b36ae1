package org.mscpathway.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.security.Accounts;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.security.ExternalAccounts;
import org.mscpathway.platform.security.ExternalIdentity;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.platform.security.SignInRefusal;
import org.mscpathway.platform.security.SignInRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Accounts of the identity provider: kept up to date at each sign-in, enabled or not by administrators only. */
@PlatformTest
class IdentityProviderAccountsTest {

    @Autowired
    ExternalAccounts accounts;

    @Autowired
    Accounts stored;

    @Autowired
    MockMvc mvc;

    private static ExternalIdentity person(String username, Set<Role> roles, String email) {
        return new ExternalIdentity("hospital", username, roles, email, Set.of("cardiology"));
    }

    @Test
    void rolesAndEmailFollowTheProviderAndAnEmailItLeavesOutIsKept() {
        accounts.provision(person("dr.follow", Set.of(Role.PHYSICIAN), "dr.follow@hospital.test"));
        accounts.provision(person("dr.follow", Set.of(Role.COORDINATOR, Role.PHYSICIAN), null));

        assertThat(stored.find("dr.follow")).contains(new Accounts.Account("dr.follow",
                Set.of(Role.COORDINATOR, Role.PHYSICIAN), List.of("cardiology"), true, "dr.follow@hospital.test",
                "hospital"));

        // roles withdrawn at the provider are withdrawn here too (the sign-in itself is then refused)
        accounts.provision(person("dr.follow", Set.of(), null));
        assertThat(stored.find("dr.follow").orElseThrow().roles()).isEmpty();
    }

    @Test
    void careTeamsFollowTheProviderAndAProviderNamingNoneKeepsThemOrUsesTheDefault() {
        accounts.provision(new ExternalIdentity("hospital", "dr.teams", Set.of(Role.PHYSICIAN), null, Set.of()));
        assertThat(stored.find("dr.teams").orElseThrow().teams()).containsExactly("main");

        accounts.provision(new ExternalIdentity("hospital", "dr.teams", Set.of(Role.PHYSICIAN), null,
                Set.of("ward-3", "cardiology")));
        assertThat(stored.find("dr.teams").orElseThrow().teams()).containsExactly("cardiology", "ward-3");

        accounts.provision(new ExternalIdentity("hospital", "dr.teams", Set.of(Role.PHYSICIAN), null, Set.of()));
        assertThat(stored.find("dr.teams").orElseThrow().teams()).containsExactly("cardiology", "ward-3");
    }

    @Test
    void nobodyIsCreatedWithoutAPlatformRole() {
        assertThatThrownBy(() -> accounts.provision(person("visitor", Set.of(), null)))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SignInRefusal.NO_ROLE));
        assertThat(stored.find("visitor")).isEmpty();
    }

    @Test
    void aLocalAccountWithAPasswordIsNotTakenOverByTheProvider() {
        assertThatThrownBy(() -> accounts.provision(person("coordinator", Set.of(Role.ADMIN), null)))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SignInRefusal.LOCAL_ACCOUNT));
        assertThat(stored.find("coordinator").orElseThrow().roles()).containsExactly(Role.COORDINATOR);
    }

    @Test
    void theProvidersAccountHasNoLocalPasswordAndADisabledOneIsRefused() throws Exception {
        accounts.provision(person("dr.sso", Set.of(Role.PHYSICIAN), null));

        // no password signs it in here, and an administrator cannot give it one
        mvc.perform(get("/api/v1/tasks").with(httpBasic("dr.sso", ""))).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/users/dr.sso").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"a-long-enough-password\", \"roles\": [\"PHYSICIAN\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));

        // administrators still decide whether it may sign in
        mvc.perform(put("/api/v1/users/dr.sso").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"PHYSICIAN\"], \"enabled\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identityProvider").value("hospital"));
        assertThatThrownBy(() -> accounts.provision(person("dr.sso", Set.of(Role.PHYSICIAN), null)))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SignInRefusal.ACCOUNT_DISABLED));
        assertThat(stored.find("dr.sso").orElseThrow().enabled()).isFalse();
    }
}
