package org.mscpathway.platform;

import org.mscpathway.platform.embedded.EmbeddedDefault;
import org.mscpathway.platform.embedded.RunningPlatform;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The MSC Pathway platform: REST API, security, audit trail and Camunda's tools in one application.
 * Started without an external database it brings its own PostgreSQL and Kafka (see {@link EmbeddedDefault}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MscPathwayApplication {

    public static void main(String[] args) {
        launch(args);
    }

    /** Starts the platform exactly as {@link #main} does and hands back what stops it again. */
    public static RunningPlatform launch(String... args) {
        return EmbeddedDefault.launch(MscPathwayApplication.class, args);
    }
}
