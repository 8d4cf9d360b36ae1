package org.mscpathway.platform.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Searching the catalogue's terminology by name, over the API and from the workflow UI's pages. */
@PlatformTest
class TerminologyApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private MockHttpServletResponse ask(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> codes(JsonNode entries) {
        List<String> codes = new ArrayList<>();
        entries.forEach(entry -> codes.add(entry.path("code").asText()));
        return codes;
    }

    @Test
    void aCoordinatorFindsBreastCancerByItsChineseName() throws Exception {
        MockHttpServletResponse found = ask(get("/api/v1/terminology").param("system", "ICD-10").param("q", "乳腺")
                .with(httpBasic("coordinator", "demo")));

        assertThat(found.getStatus()).isEqualTo(200);
        JsonNode first = body(found).get(0);
        assertThat(first.path("system").asText()).isEqualTo("ICD-10");
        assertThat(first.path("code").asText()).isEqualTo("C50");
        assertThat(first.path("name").asText()).isEqualTo("Malignant neoplasm of breast (breast cancer)");
        assertThat(first.path("nameZh").asText()).isEqualTo("乳腺恶性肿瘤（乳腺癌）");
        assertThat(first.path("unit").isNull()).isTrue();
    }

    @Test
    void aLabTestComesWithTheUnitItsValueIsReadIn() throws Exception {
        JsonNode found = body(ask(get("/api/v1/terminology").param("system", "loinc").param("q", "platelet")
                .with(httpBasic("physician", "demo"))));

        assertThat(codes(found)).containsExactly("777-3");
        assertThat(found.get(0).path("unit").asText()).isEqualTo("×10⁹/L");
    }

    @Test
    void withoutASystemEverySystemIsSearchedAndTheLimitIsKept() throws Exception {
        JsonNode found = body(ask(get("/api/v1/terminology").param("q", "J01").param("limit", "3")
                .with(httpBasic("admin", "demo"))));

        assertThat(codes(found)).containsExactly("J01", "J01", "J01AA02");
        assertThat(found.get(0).path("system").asText()).isEqualTo("ICD-10");
        assertThat(found.get(1).path("system").asText()).isEqualTo("ATC");
    }

    @Test
    void aMissingOrShortQueryAnUnknownSystemAndABadLimitAreRefusedNamingEachParameter() throws Exception {
        MockHttpServletResponse missing = ask(get("/api/v1/terminology").param("system", "ATC")
                .with(httpBasic("coordinator", "demo")));
        MockHttpServletResponse all = ask(get("/api/v1/terminology").param("system", "SNOMED").param("q", "a")
                .param("limit", "51").with(httpBasic("coordinator", "demo")));

        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentType()).startsWith("application/problem+json");
        assertThat(body(missing).path("errors").findValuesAsText("field")).containsExactly("q");
        assertThat(all.getStatus()).isEqualTo(400);
        assertThat(body(all).path("errors").findValuesAsText("field")).containsExactly("system", "q", "limit");
        assertThat(all.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("SNOMED");
    }

    @Test
    void nobodySignedInIsRefused() throws Exception {
        assertThat(ask(get("/api/v1/terminology").param("q", "heart")).getStatus()).isEqualTo(401);
    }

    /** The API takes no session cookie; the pages search the same terminology at /terminology with theirs. */
    @Test
    void aSignedInPageSearchesWithItsSession() throws Exception {
        MockHttpServletResponse signedIn = mvc.perform(post("/login").param("username", "coordinator")
                .param("password", "demo").with(csrf())).andReturn().getResponse();
        Cookie session = signedIn.getCookie("SESSION");
        assertThat(session).isNotNull();

        MockHttpServletResponse page = ask(get("/terminology").param("system", "ATC").param("q", "amox")
                .cookie(session));
        MockHttpServletResponse api = ask(get("/api/v1/terminology").param("system", "ATC").param("q", "amox")
                .cookie(session));

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(codes(body(page))).startsWith("J01CA04", "J01CR02");
        assertThat(api.getStatus()).isEqualTo(401);
    }
}
