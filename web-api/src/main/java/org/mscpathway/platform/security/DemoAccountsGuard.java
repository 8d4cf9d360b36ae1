package org.mscpathway.platform.security;

import java.util.Arrays;
import java.util.List;
import org.mscpathway.platform.embedded.EmbeddedDefault;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start when demo accounts (known names, known password) are enabled while a profile other than
 * {@code embedded} is active: a deployment must never open with them. Runs before any bean, so it refuses before
 * the application touches a database.
 */
class DemoAccountsGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("msc.security.demo-accounts.enabled", Boolean.class, false)) {
            return;
        }
        List<String> others = Arrays.stream(environment.getActiveProfiles())
                .filter(profile -> !EmbeddedDefault.PROFILE.equals(profile))
                .toList();
        if (!others.isEmpty()) {
            throw new DemoAccountsRefusedException(others);
        }
    }
}
