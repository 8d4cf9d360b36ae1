package org.mscpathway.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.cases.CaseClient;
import org.mscpathway.platform.problem.ProblemMapping;
import org.mscpathway.testendpoints.FailingEndpoints;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

/** What the shared test context adds: a bearer-token issuer, endpoints that fail on purpose, the tests' fixture. */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestConfiguration {

    /** Enables the OIDC resource server as a configured issuer would, with a key the tests sign with. */
    @Bean
    JwtDecoder testIssuer() {
        return TestTokens.decoder();
    }

    @Bean
    FailingEndpoints failingEndpoints() {
        return new FailingEndpoints();
    }

    @Bean
    ProblemMapping stepOutOfTurn() {
        return ProblemMapping.of(FailingEndpoints.StepOutOfTurn.class, HttpStatus.CONFLICT, "Step out of turn");
    }

    @Bean
    PlatformFixture platformFixture(MockMvc mvc, ObjectMapper json, JdbcClient jdbc, PasswordEncoder passwords,
                                    AuditTrail trail, ScreeningCases cases, TaskService tasks,
                                    RuntimeService runtime, Environment environment) {
        return new PlatformFixture(mvc, json, jdbc, passwords, trail, cases, tasks, runtime, environment);
    }

    @Bean
    CaseClient caseClient(MockMvc mvc, ObjectMapper json) {
        return new CaseClient(mvc, json);
    }
}
