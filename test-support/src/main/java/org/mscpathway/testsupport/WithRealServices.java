package org.mscpathway.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test context on real services: a fresh PostgreSQL database and a real Kafka broker
 * (Testcontainers where Docker answers, the local server and an in-process KRaft broker otherwise).
 * Never H2, never a mock broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = RealServicesInitializer.class)
public @interface WithRealServices {
}
