package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * HTTP Basic clients sign in on every request and the platform remembers a verified password for a few minutes
 * ({@link VerifiedCredentials}); an administrator's change to the account takes effect on the very next request.
 */
@PlatformTest
class BasicSignInFollowsTheAccountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VerifiedCredentials verified;
    @Autowired
    JdbcClient jdbc;

    @Test
    void verifiedPasswordIsRememberedForTheNextRequest() throws Exception {
        saveAccount("basic-busy", "busy-password-1", "COORDINATOR", true);
        String storedHash = jdbc.sql("SELECT password_hash FROM msc.platform_user WHERE username = 'basic-busy'")
                .query(String.class).single();
        assertThat(verified.remembers("basic-busy", storedHash, "busy-password-1")).isFalse();

        tasks("basic-busy", "busy-password-1").andExpect(status().isOk());

        assertThat(verified.remembers("basic-busy", storedHash, "busy-password-1")).isTrue();
        assertThat(verified.remembers("basic-busy", storedHash, "busy-password-2")).isFalse();
    }

    @Test
    void changedPasswordRefusesTheOldOneAtOnce() throws Exception {
        saveAccount("basic-rotated", "first-password-1", "PHYSICIAN", true);
        tasks("basic-rotated", "first-password-1").andExpect(status().isOk());
        tasks("basic-rotated", "first-password-1").andExpect(status().isOk());

        saveAccount("basic-rotated", "second-password-2", "PHYSICIAN", true);

        tasks("basic-rotated", "first-password-1").andExpect(status().isUnauthorized());
        tasks("basic-rotated", "second-password-2").andExpect(status().isOk());
    }

    @Test
    void disabledAccountIsRefusedAtOnce() throws Exception {
        saveAccount("basic-leaving", "leaving-password-1", "PHYSICIAN", true);
        tasks("basic-leaving", "leaving-password-1").andExpect(status().isOk());

        saveAccount("basic-leaving", null, "PHYSICIAN", false);

        tasks("basic-leaving", "leaving-password-1").andExpect(status().isUnauthorized());
    }

    @Test
    void removedRoleIsRefusedAtOnce() throws Exception {
        saveAccount("basic-moved", "moved-password-1", "PHYSICIAN", true);
        mvc.perform(get("/api/v1/cases/00000000-0000-0000-0000-000000000000/access-log")
                .with(httpBasic("basic-moved", "moved-password-1")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));

        saveAccount("basic-moved", null, "COORDINATOR", true);

        mvc.perform(get("/api/v1/cases/00000000-0000-0000-0000-000000000000/access-log")
                .with(httpBasic("basic-moved", "moved-password-1"))).andExpect(status().isForbidden());
    }

    @Test
    void wrongPasswordAfterARightOneIsRefused() throws Exception {
        saveAccount("basic-guessed", "guessed-password-1", "COORDINATOR", true);
        tasks("basic-guessed", "guessed-password-1").andExpect(status().isOk());

        tasks("basic-guessed", "guessed-password-2").andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions tasks(String username, String password)
            throws Exception {
        return mvc.perform(get("/api/v1/tasks").with(httpBasic(username, password)));
    }

    private void saveAccount(String username, String password, String role, boolean enabled) throws Exception {
        String passwordField = password == null ? "" : "\"password\": \"%s\", ".formatted(password);
        mvc.perform(put("/api/v1/users/" + username).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{%s\"roles\": [\"%s\"], \"enabled\": %s}".formatted(passwordField, role, enabled)))
                .andExpect(status().is2xxSuccessful());
    }
}
