package org.mscpathway.platform.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded services once the environment is complete and logging is configured (so the broker's and the
 * database's own start-up messages follow the embedded profile's log levels), and points Spring at them before any
 * bean is created.
 */
record EmbeddedServicesStarter(
        EmbeddedServices services) implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServicesStarter.class);

    /** Where application-embedded.yml puts the web server: this machine only, since the demo password is public. */
    private static final String LOOPBACK = "127.0.0.1";

    private static void sayWhereTheWebServerListens(String address, String port) {
        if (LOOPBACK.equals(address)) {
            log.info("Embedded default: the platform listens on {}:{} only (this machine); set server.address to"
                    + " serve other machines.", address, port);
        } else {
            log.warn("Embedded default: the platform listens on {}:{} as configured, so other machines can reach it;"
                    + " the demo accounts' password is published: change msc.security.demo-accounts.password.",
                    address == null ? "every interface" : address, port);
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        MapPropertySource pointers = new MapPropertySource(EmbeddedDefault.SERVICES_PROPERTY_SOURCE,
                services.start(environment));
        sayWhereTheWebServerListens(environment.getProperty("server.address"),
                environment.getProperty("server.port", "8080"));
        environment.getPropertySources().addFirst(pointers);
    }
}
