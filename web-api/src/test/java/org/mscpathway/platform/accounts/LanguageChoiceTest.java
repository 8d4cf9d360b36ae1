package org.mscpathway.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mscpathway.platform.DemoStaff.COORDINATOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.security.Accounts;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Which language a page and an API answer speak: the browser's Accept-Language (Simplified Chinese or English), a
 * saved choice of the signed-in user above it on the pages, and only Accept-Language on the API.
 */
@PlatformTest
class LanguageChoiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void browserAskingForSimplifiedChineseGetsTheBoardInChineseAndAnyOtherLanguageInEnglish() throws Exception {
        for (String chinese : List.of("zh-CN", "zh", "zh-Hans-CN,en;q=0.5", "fr;q=0.9,zh;q=0.8")) {
            mvc.perform(get("/board").with(COORDINATOR).header(HttpHeaders.ACCEPT_LANGUAGE, chinese))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
                    .andExpect(content().string(containsString("<h1>病例看板</h1>")))
                    .andExpect(content().string(containsString(">病史<")));
        }
        for (String other : List.of("en-GB", "zh-TW", "de", "en;q=0.9,zh-CN;q=0.8")) {
            mvc.perform(get("/board").with(COORDINATOR).header(HttpHeaders.ACCEPT_LANGUAGE, other))
                    .andExpect(content().string(containsString("<h1>Case board</h1>")))
                    .andExpect(content().string(not(containsString("病例看板"))));
        }
    }

    @Test
    void savedLanguageWinsOverTheBrowserOnThePagesAndTheChoiceIsAudited() throws Exception {
        String username = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(username, "{noop}unused", Set.of(Role.COORDINATOR), List.of("main"), true, null);
        RequestPostProcessor me = user(username).roles("COORDINATOR");

        mvc.perform(post("/language").with(me).with(csrf()).param("language", "zh-CN").param("back", "/board?mine=true"))
                .andExpect(redirectedUrl("/board?mine=true"));

        assertThat(accounts.language(username)).contains("zh-CN");
        mvc.perform(get("/board").with(me).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"))
                .andExpect(content().string(containsString("<h1>病例看板</h1>")))
                .andExpect(content().string(containsString("<option value=\"zh-CN\" lang=\"zh-CN\" selected=\"selected\">")));
        assertThat(jdbc.sql("SELECT action FROM msc.audit_entry WHERE username = ? AND outcome = 'OK'")
                .param(username).query(String.class).list()).containsExactly("ACCOUNT " + username + " language zh-CN");

        mvc.perform(post("/language").with(me).with(csrf()).param("language", "en").param("back", "/board"));
        mvc.perform(get("/board").with(me).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(containsString("<h1>Case board</h1>")));
    }

    @Test
    void theSelectorReturnsOnlyToAPageOfThisSiteAndRefusesAnUnknownLanguage() throws Exception {
        String username = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(username, "{noop}unused", Set.of(Role.COORDINATOR), List.of("main"), true, null);
        RequestPostProcessor me = user(username).roles("COORDINATOR");

        for (String elsewhere : List.of("//evil.example/board", "https://evil.example/", "/\\evil.example")) {
            mvc.perform(post("/language").with(me).with(csrf()).param("language", "en").param("back", elsewhere))
                    .andExpect(redirectedUrl("/"));
        }
        mvc.perform(post("/language").with(me).with(csrf()).param("language", "fr").param("back", "/board"))
                .andExpect(status().isBadRequest());
        assertThat(accounts.language(username)).contains("en");
    }

    @Test
    void apiProblemSpeaksTheClientsAcceptLanguageAndKeepsWhatClientsKeyOn() throws Exception {
        String path = "/api/v1/cases/" + UUID.randomUUID();

        mvc.perform(get(path).with(httpBasic("coordinator", "demo")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("未找到病例"))
                .andExpect(jsonPath("$.detail").value(containsString("没有病例")))
                .andExpect(jsonPath("$.type").value("about:blank"));
        mvc.perform(get(path).with(httpBasic("coordinator", "demo")))
                .andExpect(jsonPath("$.title").value("Case not found"));
        mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("需要登录"));
    }

    @Test
    void apiValidationMessagesAreInChineseUnderTheirUnchangedFieldNames() throws Exception {
        mvc.perform(post("/api/v1/evaluations").with(httpBasic("physician", "demo"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"patient": {"reference": "MRN-LANG", "birthDate": "1968-04-12", "sex": "female",
                                             "weightKg": "heavy", "heightCm": 165},
                                 "indication": "knee-osteoarthritis"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("请求无效"))
                .andExpect(jsonPath("$.errors[?(@.field == 'patient.weightKg')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("千克"))));
    }
}
