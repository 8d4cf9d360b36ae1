package org.mscpathway.platform.security;

import static org.mscpathway.platform.AccessMatrix.ANONYMOUS;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mscpathway.platform.AccessMatrix;
import org.mscpathway.platform.PatientRecords;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every endpoint of this module, asked by each role and by nobody, answers as the design's REST table says. */
@PlatformTest
class ApiAccessMatrixTest {

    @Autowired
    MockMvc mvc;

    record Endpoint(String name, Supplier<MockHttpServletRequestBuilder> request, Map<String, Integer> expected) {
        @Override
        public String toString() {
            return name;
        }

        /** The machine endpoints answer errors as problem documents; the browser side redirects or renders. */
        boolean answersProblems() {
            return !name.startsWith("GET /v3");
        }
    }

    static Stream<Arguments> matrix() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST /api/v1/evaluations (valid record)",
                        () -> post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
                                .content(PatientRecords.DESIGN_EXAMPLE),
                        Map.of("coordinator", 200, "physician", 200, "admin", 403, ANONYMOUS, 401)),
                new Endpoint("POST /api/v1/evaluations (invalid record)",
                        () -> post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"indication\": \"knee-osteoarthritis\"}"),
                        Map.of("coordinator", 400, "physician", 400, "admin", 403, ANONYMOUS, 401)),
                new Endpoint("GET /api/v1/rules", () -> get("/api/v1/rules"),
                        Map.of("coordinator", 200, "physician", 200, "admin", 200, ANONYMOUS, 401)),
                new Endpoint("GET /api/v1/indications", () -> get("/api/v1/indications"),
                        Map.of("coordinator", 200, "physician", 200, "admin", 200, ANONYMOUS, 401)),
                new Endpoint("GET /api/v1/terminology", () -> get("/api/v1/terminology").param("q", "heart"),
                        Map.of("coordinator", 200, "physician", 200, "admin", 200, ANONYMOUS, 401)),
                new Endpoint("GET /actuator/prometheus", () -> get("/actuator/prometheus"),
                        Map.of("coordinator", 403, "physician", 403, "admin", 200, ANONYMOUS, 401)),
                new Endpoint("GET /actuator/metrics", () -> get("/actuator/metrics"),
                        Map.of("coordinator", 403, "physician", 403, "admin", 200, ANONYMOUS, 401)),
                new Endpoint("GET /actuator/health/liveness", () -> get("/actuator/health/liveness"),
                        Map.of("coordinator", 200, "physician", 200, "admin", 200, ANONYMOUS, 200)),
                new Endpoint("GET /actuator/health/readiness", () -> get("/actuator/health/readiness"),
                        Map.of("coordinator", 200, "physician", 200, "admin", 200, ANONYMOUS, 200)),
                new Endpoint("GET /v3/api-docs", () -> get("/v3/api-docs"),
                        Map.of("coordinator", 200, "physician", 200, "admin", 200, ANONYMOUS, 401)));
        return AccessMatrix.rows(endpoints, Endpoint::expected);
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("matrix")
    void endpointAnswersEachRoleAsTheDesignSays(Endpoint endpoint, String caller, int expected) throws Exception {
        MockHttpServletRequestBuilder request = endpoint.request().get();
        if (!ANONYMOUS.equals(caller)) {
            request.with(httpBasic(caller, "demo"));
        }
        ResultActions result = mvc.perform(request).andExpect(status().is(expected));
        if (expected >= 400 && endpoint.answersProblems()) {
            result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }
}
