package org.mscpathway.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When the account store fails while credentials are checked (the database restarting), the answer is "try again",
 * never "wrong password": a 401 would make clients drop correct credentials and users doubt theirs.
 */
@PlatformTest
class AccountStoreOutageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void apiAnswers503WithRetryAfterWhileTheAccountStoreFailsAndAcceptsTheSameCredentialsAfter() throws Exception {
        withAccountStoreGone(() -> mvc.perform(get("/api/v1/cases").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(jsonPath("$.title").value("Sign-in unavailable"))
                .andExpect(jsonPath("$.status").value(503)));

        mvc.perform(get("/api/v1/cases").with(httpBasic("coordinator", "demo"))).andExpect(status().isOk());
    }

    @Test
    void wrongPasswordStillAnswers401WhileTheAccountStoreWorks() throws Exception {
        mvc.perform(get("/api/v1/cases").with(httpBasic("coordinator", "guess")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void browserSignInIsSentBackToTheFormWithTryAgainWhileTheAccountStoreFails() throws Exception {
        withAccountStoreGone(() -> mvc.perform(formLogin().user("coordinator").password("demo"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?unavailable")));

        mvc.perform(get("/login").param("unavailable", "").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please try again shortly")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("password is not right"))));
    }

    /** The accounts table renamed for the length of one request: a real failure of the real store. */
    private void withAccountStoreGone(Request request) throws Exception {
        jdbc.execute("ALTER TABLE msc.platform_user RENAME TO platform_user_away");
        try {
            request.perform();
        } finally {
            jdbc.execute("ALTER TABLE msc.platform_user_away RENAME TO platform_user");
        }
    }

    @FunctionalInterface
    private interface Request {
        void perform() throws Exception;
    }
}
