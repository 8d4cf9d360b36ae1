package org.mscpathway.platform;

import org.mscpathway.platform.problem.ProblemMapping;
import org.mscpathway.testendpoints.FailingEndpoints;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** What the shared test context adds: a bearer-token issuer, and endpoints that fail on purpose. */
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
}
