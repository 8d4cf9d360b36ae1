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
final class CaseClient {

    private final MockMvc mvc;
    private final ObjectMapper json;

    CaseClient(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    UUID open(String user, String body) throws Exception {
        MockHttpServletResponse response = send(user, "POST", "/api/v1/cases", body);
        if (response.getStatus() != 201) {
            throw new AssertionError("open case answered " + response.getStatus() + ": "
                    + response.getContentAsString());
        }
        String location = response.getHeader("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    MockHttpServletResponse send(String user, String method, String path, String body) throws Exception {
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

    JsonNode read(String user, String path) throws Exception {
        MockHttpServletResponse response = send(user, "GET", path, null);
        if (response.getStatus() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.getStatus());
        }
        return json.readTree(response.getContentAsString());
    }

    JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
