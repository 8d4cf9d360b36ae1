package org.mscpathway.platform.embedded;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded services once the environment is complete and logging is configured (so the broker's and the
 * database's own start-up messages follow the embedded profile's log levels), and points Spring at them before any
 * bean is created.
 */
final class EmbeddedServicesStarter implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private final EmbeddedServices services;

    EmbeddedServicesStarter(EmbeddedServices services) {
        this.services = services;
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        EmbeddedProperties settings = Binder.get(environment).bindOrCreate("msc.embedded", EmbeddedProperties.class);
        services.start(settings);
        environment.getPropertySources()
                .addFirst(new MapPropertySource("msc-embedded-services", services.springProperties()));
    }
}
