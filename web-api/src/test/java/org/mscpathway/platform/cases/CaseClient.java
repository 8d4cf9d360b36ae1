package org.mscpathway.platform.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Calls the case API over MockMvc as a demo account (password {@code demo}). */
public final class CaseClient {

    private final MockMvc mvc;
    private final ObjectMapper json;

    public CaseClient(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public UUID open(String user, String body) throws Exception {
        MockHttpServletResponse response = send(user, "POST", "/api/v1/cases", body);
        if (response.getStatus() != 201) {
            throw new AssertionError("open case answered " + response.getStatus() + ": "
                    + response.getContentAsString());
        }
        String location = response.getHeader("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Opens a case as {@code coordinator} and fills in every step: it then waits at PLAN_APPROVAL. */
    public UUID atPlanApproval(String coordinator) throws Exception {
        UUID id = open(coordinator, CaseBodies.openCase());
        submit(coordinator, id, "medical-history", CaseBodies.history());
        submit(coordinator, id, "physical-exam", CaseBodies.exam());
        submit(coordinator, id, "investigations", CaseBodies.investigations());
        return id;
    }

    /**
     * Opens a case of a woman whose history records a pregnancy, as {@code coordinator}: it goes straight to
     * INELIGIBILITY_REVIEW, its main finding the pregnancy.
     */
    public UUID pregnantAtIneligibilityReview(String coordinator, String mrn) throws Exception {
        UUID id = open(coordinator, CaseBodies.openCase("female", "1990-04-12", "knee-osteoarthritis")
                .replace(CaseBodies.MRN, mrn));
        submit(coordinator, id, "medical-history", CaseBodies.history("pregnant"));
        return id;
    }

    /** Submits a step and expects it accepted. */
    public JsonNode submit(String user, UUID id, String step, String body) throws Exception {
        MockHttpServletResponse response = send(user, "PUT", "/api/v1/cases/" + id + "/" + step, body);
        if (response.getStatus() != 200) {
            throw new AssertionError("PUT " + step + " answered " + response.getStatus() + ": "
                    + response.getContentAsString());
        }
        return body(response);
    }

    public MockHttpServletResponse send(String user, String method, String path, String body) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "POST" -> post(path);
            case "PUT" -> put(path);
            default -> throw new IllegalArgumentException(method);
        };
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    public JsonNode read(String user, String path) throws Exception {
        MockHttpServletResponse response = send(user, "GET", path, null);
        if (response.getStatus() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.getStatus());
        }
        return json.readTree(response.getContentAsString());
    }

    public JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
