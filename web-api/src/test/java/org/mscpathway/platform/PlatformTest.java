package org.mscpathway.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mscpathway.identityprovider.IdentityProviderProperties;
import org.mscpathway.testsupport.RealServicesInitializer;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole platform on a real PostgreSQL database and a real Kafka broker, with the demo accounts (password
 * {@code demo}, allowed on this external database for tests only; the session cookie without Secure, as over plain HTTP), a test token issuer, browser sign-in at a real
 * OIDC provider started beside it ({@code org.mscpathway.identityprovider}) and the Prometheus
 * endpoint (which tests switch off unless asked). Every
 * test class uses exactly this configuration, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // served over plain HTTP like the embedded default, so the session cookie is not Secure; the demo accounts
        // on the test database need the tests' explicit allowance (DemoAccountsGuard)
        properties = {"msc.security.demo-accounts.enabled=true",
                "msc.security.demo-accounts.allowed-on-external-database-in-tests=true",
                "server.servlet.session.cookie.secure=false"})
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
@Import(PlatformTestConfiguration.class)
// real services as @WithRealServices starts them, and the identity provider (one @ContextConfiguration: a second
// one on a meta-annotation would be ignored)
@ContextConfiguration(initializers = {RealServicesInitializer.class, IdentityProviderProperties.class})
public @interface PlatformTest {
}
