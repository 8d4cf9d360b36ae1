package org.mscpathway.platform.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** How failures that are not a bad request body are answered (see PlatformTestConfiguration's endpoints). */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class ProblemAnswersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void unexpectedFailureIsA500WithAReferenceAndNothingOfTheRequestOrStackTrace() throws Exception {
        mvc.perform(post("/api/v1/test/unexpected").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reference").isNotEmpty())
                .andExpect(content().string(not(containsString("MRN-0001"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at org."))));
    }

    @Test
    void unexpectedFailureIsLoggedWithItsClassAndFramesButNotItsMessage(CapturedOutput output) throws Exception {
        String reference = mvc.perform(post("/api/v1/test/unexpected").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");

        assertThat(output.getAll()).contains(reference).contains("java.lang.IllegalStateException")
                .contains("FailingEndpoints.unexpected")
                .doesNotContain("MRN-0001").doesNotContain("1968-04-12");
    }

    @Test
    void databaseThatDoesNotAnswerIsA503WithRetryAfterAndNoReference(CapturedOutput output) throws Exception {
        mvc.perform(post("/api/v1/test/database-gone").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(jsonPath("$.title").value("Service unavailable"))
                .andExpect(jsonPath("$.reference").doesNotExist());

        assertThat(output.getAll()).contains("Database did not answer POST /api/v1/test/database-gone")
                .doesNotContain("Unexpected error answering POST /api/v1/test/database-gone");
    }

    @Test
    void typedBodyWithAWrongTypeNamesTheFieldAndTheExpectedTypeWithoutEchoingTheValue() throws Exception {
        refusedConsent("{\"obtainedOn\": \"12/04/1968\"}")
                .andExpect(jsonPath("$.errors[0].field").value("obtainedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date like 2026-11-25"))
                .andExpect(content().string(not(containsString("12/04/1968"))));
    }

    @Test
    void typedBodyThatIsNotJsonNamesLineAndColumnWithoutEchoingIt() throws Exception {
        refusedConsent("{\"obtainedOn\": MRN-0001}")
                .andExpect(jsonPath("$.detail").value(containsString("line 1, column")))
                .andExpect(content().string(not(containsString("MRN"))));
    }

    @Test
    void exceptionDeclaredByAProblemMappingBeanGetsItsStatusAndMessage() throws Exception {
        mvc.perform(post("/api/v1/test/out-of-turn").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Step out of turn"))
                .andExpect(jsonPath("$.detail").value(containsString("PHYSICAL_EXAM")));
    }

    /** A consent body sent to the typed test endpoint by the demo physician, answered 400 with a problem document. */
    private ResultActions refusedConsent(String body) throws Exception {
        return mvc.perform(post("/api/v1/test/consent").with(httpBasic("physician", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
