package org.mscpathway.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.cases.TeamMembers;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of the shared context reach for, in one bean ({@link PlatformTestConfiguration}), so a test class
 * declares {@code @Autowired PlatformFixture platform} instead of the same block of fields in every class. The case
 * API client ({@link org.mscpathway.platform.cases.CaseClient}) is a bean of its own beside it.
 *
 * @param mvc         requests to the platform without a network round trip
 * @param json        the platform's own ObjectMapper, so bodies are read as the platform writes them
 * @param jdbc        the test database, for what the tests set up or check underneath the API
 * @param passwords   the platform's encoder, for accounts created by tests
 * @param trail       the audit trail
 * @param cases       the pathway service behind the API and the pages
 * @param tasks       the process engine's tasks, for what tests check underneath the pathway
 * @param runtime     the process engine's instances and variables, likewise
 * @param environment the context's environment, where the running server puts its port
 */
public record PlatformFixture(MockMvc mvc, ObjectMapper json, JdbcClient jdbc, PasswordEncoder passwords,
                              AuditTrail trail, ScreeningCases cases, TaskService tasks, RuntimeService runtime,
                              Environment environment) {

    /**
     * The port of the running server, for tests that need a real connection (streams, raw bodies); read when asked,
     * as the server starts after this bean is made.
     */
    public int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    /**
     * Opens a case through the pathway service, below the API and the pages, as the demo coordinator; the patient
     * as API clients send it.
     */
    public UUID open(String patient, String indication) throws JsonProcessingException {
        return cases.open(json.readTree(patient), indication, DemoStaff.OPENER);
    }

    /** Submits a case's medical history through the pathway service, as the demo coordinator. */
    public void submitMedicalHistory(UUID id, String history) throws JsonProcessingException {
        cases.submitMedicalHistory(id, json.readTree(history), DemoStaff.OPENER, null);
    }

    /** Submits a case's physical examination through the pathway service, as the demo coordinator. */
    public void submitPhysicalExam(UUID id, String exam) throws JsonProcessingException {
        cases.submitPhysicalExam(id, json.readTree(exam), DemoStaff.OPENER, null);
    }

    /** An account with the demo password and these roles in the default care team, {@code main}. */
    public void account(String username, String... roles) {
        TeamMembers.account(jdbc, passwords, username, roles);
    }

    /** An account with the demo password and these roles, working in exactly these care teams. */
    public void member(String username, List<String> teams, String... roles) {
        TeamMembers.member(jdbc, passwords, username, teams, roles);
    }
}
