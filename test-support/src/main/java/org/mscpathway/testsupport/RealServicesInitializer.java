package org.mscpathway.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring test context at a fresh real PostgreSQL database and the JVM's real Kafka broker, before any bean
 * is created. Use through {@link WithRealServices}.
 */
public class RealServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.create();
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "spring.kafka.bootstrap-servers", TestBroker.bootstrapServers(),
                "spring.kafka.consumer.auto-offset-reset", "earliest",
                "msc.embedded.enabled", "false");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("msc-real-services", properties));
    }
}
