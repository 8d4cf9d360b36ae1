package org.mscpathway.platform.embedded;

import java.util.ServiceLoader;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * The README's first command: with no external database configured the platform starts its own PostgreSQL and
 * Kafka broker, keeps their data under {@code msc.embedded.data-dir} and activates the {@value #PROFILE} profile
 * (demo accounts). An external database ({@code SPRING_DATASOURCE_URL}, {@code spring.datasource.url} anywhere
 * Spring reads it), the {@code production} profile or {@code msc.embedded.enabled=false} turns all of this off.
 * Only {@code main} goes through here, so Spring Boot tests never start embedded services.
 *
 * <p>The services themselves ({@link EmbeddedServices}) come with the one-machine jar of the {@code embedded}
 * module; the production jar has none and says so instead of starting without a database.
 */
public final class EmbeddedDefault {

    public static final String PROFILE = "embedded";

    /** The property source that points Spring at the embedded services; whatever else names a database is external. */
    public static final String SERVICES_PROPERTY_SOURCE = "msc-embedded-services";

    /** What the production jar says when started with nothing configured. */
    static final String NOTHING_TO_RUN_ON = "No database is configured, and this jar carries no embedded PostgreSQL"
            + " and Kafka: it is the production artifact. Set SPRING_DATASOURCE_URL and SPRING_KAFKA_BOOTSTRAP_SERVERS"
            + " (deploy/README.md), or try the platform on one machine with embedded/target/msc-pathway-embedded.jar"
            + " (README.md).";

    private EmbeddedDefault() {
    }

    /** Runs the application, first starting the embedded services when nothing external is configured. */
    public static RunningPlatform launch(Class<?> application, String... args) {
        SpringApplication spring = new SpringApplication(application);
        if (!appliesTo(args)) {
            return new RunningPlatform(spring.run(args), false);
        }
        EmbeddedServices services = ServiceLoader.load(EmbeddedServices.class, application.getClassLoader())
                .findFirst()
                .orElseThrow(EmbeddedDefault::nothingToRunOn);
        spring.setAdditionalProfiles(PROFILE);
        spring.addListeners(new EmbeddedServicesStarter(services));
        spring.addInitializers(context -> {
            context.getBeanFactory().addBeanPostProcessor(new AwaitEmbeddedDatabase(services));
            stopWhenClosed(context, services);
        });
        try {
            return new RunningPlatform(spring.run(args), true);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Said on the console first, before the launcher's stack trace: Spring has not started, so no logging system or
     * failure analysis would say it.
     */
    private static IllegalStateException nothingToRunOn() {
        System.err.println(System.lineSeparator() + NOTHING_TO_RUN_ON + System.lineSeparator());
        return new IllegalStateException(NOTHING_TO_RUN_ON);
    }

    /**
     * Registered before any bean exists, so the context destroys it last: the database and the broker stop after
     * everything that uses them (connection pool, process engine, Kafka clients) and while logging still works.
     */
    private static void stopWhenClosed(ConfigurableApplicationContext context, EmbeddedServices services) {
        if (!(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry beans)) {
            throw new IllegalStateException("cannot tie the embedded services to " + context.getClass().getName());
        }
        beans.registerDisposableBean("mscEmbeddedServices", services::close);
    }

    /**
     * Decided before Spring starts, because the profile it activates must be known when the configuration files
     * are read; the environment is built the way Spring Boot builds it (arguments, system properties, environment
     * variables, application.yml and profile files), so a database named in any of them counts.
     */
    static boolean appliesTo(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return appliesTo(environment);
    }

    static boolean appliesTo(Environment environment) {
        return environment.getProperty("msc.embedded.enabled", Boolean.class, true)
                && !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                && !environment.matchesProfiles("production");
    }
}
