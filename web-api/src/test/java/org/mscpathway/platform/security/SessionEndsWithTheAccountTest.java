package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Browser sessions live in PostgreSQL and end as soon as the account they were granted for changes (issue 12.2):
 * the very next request of the open session is sent to sign in again.
 */
@PlatformTest
class SessionEndsWithTheAccountTest {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void signedInSessionIsStoredInPostgresql() throws Exception {
        saveAccount("dr-stored", "PHYSICIAN", true);
        BrowserSession browser = signedIn("dr-stored");

        assertThat(jdbc.sql("SELECT count(*) FROM msc.spring_session WHERE principal_name = 'dr-stored'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtOnce() throws Exception {
        saveAccount("dr-leaving", "PHYSICIAN", true);
        BrowserSession browser = signedIn("dr-leaving");

        saveAccount("dr-leaving", "PHYSICIAN", false);

        var next = browser.get("/board");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void removingARoleEndsTheOpenSessionAtOnce() throws Exception {
        saveAccount("dr-moved", "PHYSICIAN", true);
        BrowserSession browser = signedIn("dr-moved");

        saveAccount("dr-moved", "COORDINATOR", true);

        assertThat(browser.signedIn()).isFalse();
        BrowserSession again = signedIn("dr-moved");
        assertThat(again.get("/cases/new").statusCode()).isEqualTo(200);
    }

    private BrowserSession signedIn(String username) throws Exception {
        BrowserSession browser = new BrowserSession(port);
        var signIn = browser.signIn(username, PASSWORD);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.signedIn()).isTrue();
        return browser;
    }

    private void saveAccount(String username, String role, boolean enabled) throws Exception {
        mvc.perform(put("/api/v1/users/" + username).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"password": "%s", "roles": ["%s"], "enabled": %s}""".formatted(PASSWORD, role,
                                enabled)))
                .andExpect(status().is2xxSuccessful());
    }
}
