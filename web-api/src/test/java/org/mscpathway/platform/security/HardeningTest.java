package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The smaller hardening items of issue 12.9, each answered with a problem document, never a 500. */
@PlatformTest
class HardeningTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageCarriesContentSecurityReferrerAndPermissionsPolicies() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
        MockHttpServletResponse api = mvc.perform(get("/api/v1/rules").with(httpBasic("physician", "demo")))
                .andReturn().getResponse();

        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()");
        assertThat(api.getHeader("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(api.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void sessionCookieIsStrictAndSecureOutsideTheEmbeddedDefault() throws Exception {
        MockHttpServletResponse signedIn = mvc.perform(post("/login").param("username", "coordinator")
                .param("password", "demo").with(csrf())).andReturn().getResponse();
        assertThat(signedIn.getHeaders("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("SameSite=Strict").contains("HttpOnly"));

        assertThat(yaml("application.yml").getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(yaml("application-embedded.yml").getProperty("server.servlet.session.cookie.secure"))
                .isEqualTo("false");
    }

    @Test
    void apiSendsNoBasicChallengeToABrowser() throws Exception {
        MockHttpServletResponse browser = mvc.perform(get("/api/v1/cases").accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        MockHttpServletResponse client = mvc.perform(get("/api/v1/cases").accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();

        assertThat(browser.getStatus()).isEqualTo(401);
        assertThat(browser.getHeader("WWW-Authenticate")).isNull();
        assertThat(client.getHeader("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void apiRefusesFormEncodedBodiesEvenOnCommandsWithoutABody() throws Exception {
        MockHttpServletResponse forged = mvc.perform(post("/api/v1/cases/" + java.util.UUID.randomUUID()
                        + "/withdraw").with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("x=1"))
                .andReturn().getResponse();

        assertThat(forged.getStatus()).isEqualTo(415);
        assertThat(forged.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void problemBodiesNameTheFieldButNeverEchoASubmittedValueOrCode() throws Exception {
        String badPatientAndIndication = """
                {"patient": {"reference": "MRN-0001", "birthDate": "Q7Z-birth", "sex": "Q7Zsex", "weightKg": 9191.5},
                 "indication": "Q7Z-indication"}""";
        String badSections = """
                {"patient": {"reference": "MRN-0001", "birthDate": "1968-04-12", "sex": "female"},
                 "indication": "knee-osteoarthritis",
                 "medicalHistory": {"conditions": [{"icd10": "Q7Z!", "status": "Q7Zstatus", "onset": "Q7Z-onset"}],
                                    "medications": [{"atc": "Q7Zatc", "status": "Q7Zmedstatus"}],
                                    "pregnancy": "Q7Zpreg", "lactating": "Q7Zlact"},
                 "physicalExam": {"temperatureC": 8181.5, "nyhaClass": 7171},
                 "observations": [{"loinc": "Q7Zloinc", "value": 1}, {"loinc": "718-7", "value": 13, "unit": "Q7Zunit"},
                                  {"loinc": "2106-3", "value": "Q7Zresult"}],
                 "imaging": [{"modality": "CT", "suspectedMalignancy": "Q7Zflag"}]}""";

        // Opening a case validates the patient and the indication; the sections come with the steps.
        assertNoEcho("/api/v1/cases", badPatientAndIndication);
        assertNoEcho("/api/v1/evaluations", badPatientAndIndication);
        assertNoEcho("/api/v1/evaluations", badSections);
    }

    private void assertNoEcho(String path, String body) throws Exception {
        MockHttpServletResponse problem = mvc.perform(post(path).with(httpBasic("coordinator", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();

        assertThat(problem.getStatus()).as(path).isEqualTo(400);
        assertThat(problem.getContentType()).startsWith("application/problem+json");
        assertThat(problem.getContentAsString()).as(path).contains("\"field\"")
                .doesNotContain("Q7Z", "9191", "8181", "7171", "718-7", "2106-3");
    }

    @Test
    void nulCharacterAnywhereIsABadRequest() throws Exception {
        MockHttpServletResponse inBody = mvc.perform(post("/api/v1/cases").with(httpBasic("coordinator", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"patient": {"reference": "MRN\\u0000X", "birthDate": "1968-04-12", "sex": "male",
                                     "weightKg": 72.0, "heightCm": 172}, "indication": "knee-osteoarthritis"}"""))
                .andReturn().getResponse();
        MockHttpServletResponse inQuery = mvc.perform(get("/api/v1/cases").param("indication", "knee\u0000")
                .with(httpBasic("coordinator", "demo"))).andReturn().getResponse();
        MockHttpServletResponse inUsername = mvc.perform(put("/api/v1/users/dr\u0000x")
                .with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\": [\"PHYSICIAN\"], \"password\": \"correct-horse-battery\"}"))
                .andReturn().getResponse();

        assertThat(inBody.getStatus()).isEqualTo(400);
        assertThat(inBody.getContentType()).startsWith("application/problem+json");
        assertThat(inQuery.getStatus()).isEqualTo(400);
        assertThat(inUsername.getStatus()).isEqualTo(400);
    }

    @Test
    void passwordOverSeventyTwoBytesIsABadRequestOrAWrongPasswordNeverAnError() throws Exception {
        String longPassword = "é".repeat(40);

        MockHttpServletResponse account = mvc.perform(put("/api/v1/users/dr-long").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\": [\"PHYSICIAN\"], \"password\": \"" + longPassword + "\"}"))
                .andReturn().getResponse();
        MockHttpServletResponse signIn = mvc.perform(get("/api/v1/tasks").with(httpBasic("physician2",
                longPassword))).andReturn().getResponse();

        assertThat(account.getStatus()).isEqualTo(400);
        assertThat(account.getContentAsString()).contains("password").doesNotContain(longPassword);
        assertThat(signIn.getStatus()).isEqualTo(401);
    }

    private static Properties yaml(String file) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource(file));
        return yaml.getObject();
    }
}
