package org.mscpathway.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.cases.CaseBodies;
import org.mscpathway.platform.cases.CaseClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Audit completeness (issue 12.7): every read of a case's patient data, and account changes in full. */
@PlatformTest
class AccessLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditTrail trail;

    @Test
    void everyReadOfACasesPatientDataIsListedForPhysicians() throws Exception {
        CaseClient api = new CaseClient(mvc, json);
        UUID id = api.open("coordinator", CaseBodies.openCase());
        api.read("physician", "/api/v1/cases/" + id);
        mvc.perform(get("/cases/" + id).with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk());

        JsonNode log = api.read("physician2", "/api/v1/cases/" + id + "/access-log");

        List<String> reads = new ArrayList<>();
        log.forEach(read -> reads.add(read.path("user").asText() + " " + read.path("channel").asText()));
        assertThat(reads).containsExactly(
                "physician API GET /api/v1/cases/{id}",
                "coordinator UI GET /cases/{id}");
        assertThat(log.get(0).path("at").asText()).isNotBlank();
        assertThat(api.send("coordinator", "GET", "/api/v1/cases/" + id + "/access-log", null).getStatus())
                .isEqualTo(403);
    }

    @Test
    void accountChangeRecordsTheOldAndNewRolesAndState() throws Exception {
        save("dr-audited", "{\"password\": \"correct-horse-battery\", \"roles\": [\"PHYSICIAN\"]}");
        save("dr-audited", "{\"roles\": [\"COORDINATOR\"], \"enabled\": false}");

        assertThat(trail.latest(20)).extracting(AuditEntry::action).contains(
                "ACCOUNT dr-audited roles [] -> [PHYSICIAN], teams [] -> [main], enabled (new) -> true, password set",
                "ACCOUNT dr-audited roles [PHYSICIAN] -> [COORDINATOR], teams [main] -> [main], enabled true -> false");
    }

    private void save(String username, String body) throws Exception {
        mvc.perform(put("/api/v1/users/" + username).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is2xxSuccessful());
    }
}
