package org.mscpathway.platform.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators create, change and disable accounts; nobody else may; bad requests name their fields. */
@PlatformTest
class AccountAdministrationTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;

    @Test
    void adminCreatesAPhysicianWhoCanThenSignIn() throws Exception {
        mvc.perform(put("/api/v1/users/dr-ng").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"" + PASSWORD + "\", \"roles\": [\"PHYSICIAN\"], "
                                + "\"email\": \"ng@hospital.example\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("PHYSICIAN"))
                .andExpect(content().string(Matchers.not(Matchers.containsString(PASSWORD))));

        mvc.perform(get("/api/v1/tasks").with(httpBasic("dr-ng", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'dr-ng')].email").value("ng@hospital.example"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("password"))));
    }

    @Test
    void disabledAccountCanNoLongerSignIn() throws Exception {
        mvc.perform(put("/api/v1/users/leaver").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\": \"" + PASSWORD + "\", \"roles\": [\"COORDINATOR\"]}")).andExpect(status().isCreated());
        mvc.perform(put("/api/v1/users/leaver").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\": [\"COORDINATOR\"], \"enabled\": false}")).andExpect(status().isOk());

        mvc.perform(get("/api/v1/tasks").with(httpBasic("leaver", PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(get("/api/v1/users").with(httpBasic("coordinator", "demo"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/users/mallory").with(httpBasic("physician", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\": \"" + PASSWORD + "\", \"roles\": [\"ADMIN\"]}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
    }

    @Test
    void weakPasswordUnknownRoleAndBadEmailAreNamedWithoutEchoingThePassword() throws Exception {
        mvc.perform(put("/api/v1/users/newbie").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"short\", \"roles\": [\"SURGEON\"], \"email\": \"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field",
                        Matchers.containsInAnyOrder("password", "roles[0]", "email")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("\"short\""))));
    }

    @Test
    void administratorCannotRemoveTheirOwnAdminRole() throws Exception {
        mvc.perform(put("/api/v1/users/admin").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\": [\"COORDINATOR\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
    }

    @Test
    void administratorCannotGrantTheirOwnAccountAClinicalRole() throws Exception {
        mvc.perform(put("/api/v1/users/admin").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\": [\"ADMIN\", \"PHYSICIAN\"]}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("another administrator")));

        mvc.perform(get("/api/v1/users").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[?(@.username == 'admin')].roles[*]").value(Matchers.contains("ADMIN")));
    }

    /** More changes than the connection pool holds: each one gives its connections back. */
    @Test
    void manyAccountChangesInARowAllSucceed() throws Exception {
        for (int i = 0; i < 12; i++) {
            String role = i % 2 == 0 ? "PHYSICIAN" : "COORDINATOR";
            mvc.perform(put("/api/v1/users/dr-busy").with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"password\": \"" + PASSWORD + "\", \"roles\": [\"" + role + "\"]}"))
                    .andExpect(status().is2xxSuccessful());
        }
    }
}
