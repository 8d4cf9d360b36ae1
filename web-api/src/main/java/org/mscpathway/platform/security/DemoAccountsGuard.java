package org.mscpathway.platform.security;

import java.util.Arrays;
import java.util.List;
import org.mscpathway.platform.embedded.EmbeddedDefault;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * Refuses to start when demo accounts (known names, known password) are enabled outside the embedded default: with
 * a profile other than {@code embedded} active, or on an external database ({@code spring.datasource.url} set by
 * the operator rather than by the embedded default). A deployment must never open with them. Tests that run the
 * platform on a test database allow that with {@value #TESTS_ALLOWANCE}, which nothing else sets.
 */
class DemoAccountsGuard implements EnvironmentPostProcessor, Ordered {

    static final String TESTS_ALLOWANCE = "msc.security.demo-accounts.allowed-on-external-database-in-tests";

    private static final String DATASOURCE_URL = "spring.datasource.url";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * The profiles are checked now, before the embedded services start. The database is checked when the context
     * refreshes, before any bean touches it: initializers (a test's among them) may still name one until then.
     */
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!demoAccountsEnabled(environment)) {
            return;
        }
        List<String> others = Arrays.stream(environment.getActiveProfiles())
                .filter(profile -> !EmbeddedDefault.PROFILE.equals(profile))
                .toList();
        if (!others.isEmpty()) {
            throw DemoAccountsRefusedException.withProfiles(others);
        }
        application.addInitializers(context -> context.addBeanFactoryPostProcessor(
                beans -> refuseAnExternalDatabase(context.getEnvironment())));
    }

    static void refuseAnExternalDatabase(ConfigurableEnvironment environment) {
        if (demoAccountsEnabled(environment) && externalDatabase(environment)
                && !environment.getProperty(TESTS_ALLOWANCE, Boolean.class, false)) {
            throw DemoAccountsRefusedException.onAnExternalDatabase();
        }
    }

    private static boolean demoAccountsEnabled(ConfigurableEnvironment environment) {
        return environment.getProperty("msc.security.demo-accounts.enabled", Boolean.class, false);
    }

    /** The source that wins for the datasource URL, unless it is the embedded default's own. */
    private static boolean externalDatabase(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            // Spring Boot's view over all the other sources, the embedded one included.
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
                    || !source.containsProperty(DATASOURCE_URL)) {
                continue;
            }
            return !EmbeddedDefault.SERVICES_PROPERTY_SOURCE.equals(source.getName())
                    && StringUtils.hasText(environment.getProperty(DATASOURCE_URL));
        }
        return false;
    }
}
