package org.mscpathway.workflow.engine;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts {@link CamundaMappings}' parse before the application context refreshes, so that it runs beside the
 * processing of the configuration classes, the longest part of the start before the engine. Registered in
 * {@code META-INF/spring.factories}, so every Spring Boot application with the workflow module gets it.
 */
public final class ParseMappingsAhead implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The bean that carries the parse to {@link EngineAutoConfiguration}. */
    static final String BEAN = "camundaMappingsParsedAhead";

    /**
     * The platform runs on PostgreSQL: Camunda's own name for it, unless {@code camunda.bpm.database.type} names
     * another (an engine that finds another database parses its own mappings).
     */
    private static final String DATABASE_TYPE = "postgres";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        CamundaMappings mappings = CamundaMappings.parseAhead(
                environment.getProperty("camunda.bpm.database.type", DATABASE_TYPE),
                environment.getProperty("camunda.bpm.database.table-prefix", ""));
        context.getBeanFactory().registerSingleton(BEAN, mappings);
    }
}
