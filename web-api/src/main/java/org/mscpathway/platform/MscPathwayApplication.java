package org.mscpathway.platform;

import javax.xml.datatype.DatatypeFactory;
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
        nameTheDatatypeFactory();
        return EmbeddedDefault.launch(MscPathwayApplication.class, args);
    }

    /**
     * Camunda asks for a {@code DatatypeFactory} for every timer it sets (one SLA timer per user task); unnamed, each
     * request scans the class path with a ServiceLoader, through the nested jar, for an implementation that is not
     * there: 7.5 % of the request threads' CPU under load (docs/performance.md). Named, the JDK's own is used at
     * once, as it would be after the scan. An operator's own choice on the command line is kept.
     */
    private static void nameTheDatatypeFactory() {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                    DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
