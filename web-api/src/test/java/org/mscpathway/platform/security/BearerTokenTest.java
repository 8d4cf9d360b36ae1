package org.mscpathway.platform.security;


import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PatientRecords;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.TestTokens;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With an OIDC issuer configured, API clients may sign in with a bearer token whose claim carries the roles. */
@PlatformTest
class BearerTokenTest {

    /** A refusal of the API is a problem document. */
    private static final ResultMatcher PROBLEM =
            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    private ResultActions withToken(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    @Test
    void physicianRoleFromTheRolesClaimMayEvaluateAndIsAuditedUnderTheTokensUsername() throws Exception {
        String token = TestTokens.token("dr.jones", Map.of("roles", List.of("msc-pathway:physician", "some-other-app-role")));

        withToken(token, post("/api/v1/evaluations")
                .contentType(MediaType.APPLICATION_JSON).content(PatientRecords.EARLY))
                .andExpect(status().isOk());

        assertThat(trail.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("dr.jones");
            assertThat(entry.roles()).containsExactly(Role.PHYSICIAN);
        });
    }

    @Test
    void tokenWithoutAPlatformRoleIsForbidden() throws Exception {
        String token = TestTokens.token("visitor", Map.of("roles", List.of("viewer")));

        withToken(token, get("/api/v1/rules")).andExpect(status().isForbidden()).andExpect(PROBLEM);
    }

    @Test
    void adminRoleFromTheTokenIsNotAllowedToEvaluate() throws Exception {
        String token = TestTokens.token("ops", Map.of("roles", List.of("msc-pathway:ADMIN")));

        withToken(token, post("/api/v1/evaluations")
                .contentType(MediaType.APPLICATION_JSON).content(PatientRecords.EARLY))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherApplicationsAdminRoleGrantsNothingHere() throws Exception {
        String token = TestTokens.token("ops", Map.of("roles", List.of("admin", "ADMIN")));

        withToken(token, get("/api/v1/users")).andExpect(status().isForbidden());
    }

    @Test
    void tokenIssuedForAnotherAudienceIsUnauthorized() throws Exception {
        String token = TestTokens.token("dr.jones", Map.of("roles", List.of("msc-pathway:physician"),
                "aud", List.of("another-app")));

        withToken(token, get("/api/v1/rules")).andExpect(status().isUnauthorized()).andExpect(PROBLEM);
    }

    @Test
    void forgedTokenIsUnauthorized() throws Exception {
        String token = TestTokens.token("mallory", Map.of("roles", List.of("admin")));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        withToken(forged, get("/api/v1/rules")).andExpect(status().isUnauthorized()).andExpect(PROBLEM);
    }

    @Test
    void wrongPasswordIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/rules").with(httpBasic("physician", "not-demo")))
                .andExpect(status().isUnauthorized())
                .andExpect(PROBLEM);
    }
}
