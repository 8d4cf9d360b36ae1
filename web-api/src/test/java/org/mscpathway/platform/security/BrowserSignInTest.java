package org.mscpathway.platform.security;


import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The browser side: form sign-in against the platform's accounts, with CSRF protection. */
@PlatformTest
class BrowserSignInTest {

    @Autowired
    MockMvc mvc;

    @Test
    void signInPageIsThePlatformsOwnWithItsStylesAndNamesTheDemoAccountsOnlyInADemo() throws Exception {
        mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sign in with your hospital account")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
                .andExpect(content().string(Matchers.containsString("<code>physician2</code>")));
        mvc.perform(get("/css/pathway.css")).andExpect(status().isOk());
    }

    @Test
    void signInPageOffersTheHospitalsProviderAndSaysWhyItRefusedSomeone() throws Exception {
        mvc.perform(get("/login").param("refused", "missing-username").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/oauth2/authorization/hospital\"")))
                .andExpect(content().string(Matchers.containsString("Sign in with Hospital sign-in")))
                .andExpect(content().string(Matchers.containsString("your user name (claim &#39;preferred_username&#39;)")));
        // an unknown reason is not echoed: the page says the sign-in did not complete
        mvc.perform(get("/login").param("refused", "<script>").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("did not complete")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }

    @Test
    void anonymousBrowserIsSentToTheSignInPage() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void signInWithADemoAccountSucceedsAndWithAWrongPasswordFails() throws Exception {
        mvc.perform(formLogin().user("coordinator").password("demo"))
                .andExpect(authenticated().withUsername("coordinator").withRoles(Role.COORDINATOR.name()));
        mvc.perform(formLogin().user("coordinator").password("guess")).andExpect(unauthenticated());
    }

    @Test
    void signInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "coordinator").param("password", "demo"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void signedInBrowserReadsTheApiDocumentation() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("physician").roles(Role.PHYSICIAN.name())))
                .andExpect(status().isOk());
    }
}
