package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in abuse (issue 12.6): failures are counted per account and per client address; past the limit even the
 * right password waits (429, Retry-After), unknown accounts are answered exactly like known ones, and every failure
 * is in the audit trail. Each test signs in from its own address, so the shared context's other tests are not
 * throttled.
 */
@PlatformTest
class SignInThrottleTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;

    @Test
    void accountWaitsAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
        createAccount("dr-guessed");
        for (int i = 0; i < 5; i++) {
            assertThat(api("dr-guessed", "wrong-" + i, "10.61.0.1").getStatus()).isEqualTo(401);
        }

        MockHttpServletResponse refused = api("dr-guessed", PASSWORD, "10.61.0.2");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 15 * 60L + 1);
        assertThat(trail.latest(50)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("dr-guessed");
            assertThat(entry.action()).isEqualTo("SIGN_IN from 10.61.0.1");
            assertThat(entry.outcome().name()).isEqualTo("FAILED");
        });
    }

    @Test
    void unknownAccountIsAnsweredExactlyLikeAKnownOne() throws Exception {
        createAccount("dr-known");
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse known = api("dr-known", "wrong", "10.62.0.1");
            MockHttpServletResponse unknown = api("dr-nobody", "wrong", "10.62.0.2");
            assertThat(unknown.getStatus()).isEqualTo(known.getStatus());
            assertThat(unknown.getContentAsString()).isEqualTo(known.getContentAsString());
        }
        MockHttpServletResponse known = api("dr-known", "wrong", "10.62.0.3");
        MockHttpServletResponse unknown = api("dr-nobody", "wrong", "10.62.0.4");
        assertThat(known.getStatus()).isEqualTo(429);
        assertThat(unknown.getStatus()).isEqualTo(429);
    }

    @Test
    void addressWaitsAfterManyFailuresWhateverTheAccount() throws Exception {
        for (int i = 0; i < 30; i++) {
            api("guess-" + i, "wrong", "10.63.0.1");
        }

        assertThat(api("coordinator", "demo", "10.63.0.1").getStatus()).isEqualTo(429);
        assertThat(api("coordinator", "demo", "10.63.0.2").getStatus()).isEqualTo(200);
    }

    @Test
    void signInFormSaysToWait() throws Exception {
        createAccount("dr-form");
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("dr-form", "wrong", "10.64.0.1")).andExpect(status().is3xxRedirection());
        }

        MockHttpServletResponse refused = mvc.perform(signIn("dr-form", PASSWORD, "10.64.0.1")).andReturn()
                .getResponse();

        assertThat(refused.getRedirectedUrl()).contains("/login?wait=");
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(mvc.perform(get(refused.getRedirectedUrl())).andReturn().getResponse().getContentAsString())
                .contains("Too many failed sign-ins");
    }

    private MockHttpServletResponse api(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/tasks").with(httpBasic(username, password)).with(from(address)))
                .andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void createAccount(String username) throws Exception {
        mvc.perform(put("/api/v1/users/" + username).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"" + PASSWORD + "\", \"roles\": [\"PHYSICIAN\"]}"))
                .andExpect(status().is2xxSuccessful());
    }
}
