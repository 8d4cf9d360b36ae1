package org.mscpathway.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.platform.AccessMatrix.ANONYMOUS;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mscpathway.platform.AccessMatrix;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every case, worklist and notification endpoint, asked by each role and by nobody, on a case prepared at the
 * step the endpoint needs: the role allowed gets its success, the others 403, nobody 401 (all as problem+json).
 */
@PlatformTest
class CaseAccessMatrixTest {

    @Autowired
    CaseClient api;

    /** @param atStep how many data steps to complete before the call (3 = at plan approval) */
    record Endpoint(String method, String path, String body, int atStep, Map<String, Integer> expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> matrix() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/v1/cases", CaseBodies.openCase(), 0, only("coordinator", 201)),
                new Endpoint("GET", "/api/v1/cases", null, 0, clinical(200)),
                new Endpoint("GET", "/api/v1/cases/{id}", null, 0, clinical(200)),
                new Endpoint("GET", "/api/v1/cases/{id}/timeline", null, 0, clinical(200)),
                new Endpoint("PUT", "/api/v1/cases/{id}/medical-history", CaseBodies.history(), 0,
                        only("coordinator", 200)),
                new Endpoint("PUT", "/api/v1/cases/{id}/physical-exam", CaseBodies.exam(), 1,
                        only("coordinator", 200)),
                new Endpoint("PUT", "/api/v1/cases/{id}/investigations", CaseBodies.investigations(), 2,
                        only("coordinator", 200)),
                new Endpoint("POST", "/api/v1/cases/{id}/decision", CaseBodies.approve(), 3,
                        only("physician", 200)),
                new Endpoint("POST", "/api/v1/cases/{id}/withdraw", null, 0, only("coordinator", 200)),
                new Endpoint("GET", "/api/v1/tasks", null, 0, anyRole(200)),
                new Endpoint("GET", "/api/v1/notifications", null, 0, anyRole(200)),
                new Endpoint("POST", "/api/v1/notifications/987654321/read", null, 0, anyRole(404)));
        return AccessMatrix.rows(endpoints, Endpoint::expected);
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("matrix")
    void endpointAnswersEachRoleAsTheDesignSays(Endpoint endpoint, String caller, int expected) throws Exception {
        String path = endpoint.path();
        if (path.contains("{id}")) {
            path = path.replace("{id}", prepared(api, endpoint.atStep()).toString());
        }

        MockHttpServletResponse response = api.send(ANONYMOUS.equals(caller) ? null : caller, endpoint.method(),
                path, endpoint.body());

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
    }

    private static UUID prepared(CaseClient api, int steps) throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        String[][] data = {{"medical-history", CaseBodies.history()}, {"physical-exam", CaseBodies.exam()},
                {"investigations", CaseBodies.investigations()}};
        for (int i = 0; i < steps; i++) {
            api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/" + data[i][0], data[i][1]);
        }
        return id;
    }

    private static Map<String, Integer> only(String role, int status) {
        Map<String, Integer> expected = new java.util.HashMap<>(Map.of("coordinator", 403, "physician", 403,
                "admin", 403, ANONYMOUS, 401));
        expected.put(role, status);
        return expected;
    }

    /** Patient data: the clinical roles, not an administrator alone. */
    private static Map<String, Integer> clinical(int status) {
        return Map.of("coordinator", status, "physician", status, "admin", 403, ANONYMOUS, 401);
    }

    private static Map<String, Integer> anyRole(int status) {
        return Map.of("coordinator", status, "physician", status, "admin", status, ANONYMOUS, 401);
    }
}
