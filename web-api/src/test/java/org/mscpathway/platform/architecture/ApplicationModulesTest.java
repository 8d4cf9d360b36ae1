package org.mscpathway.platform.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ApplicationModulesTest {

    static {
        System.setProperty("spring.modulith.detection-strategy", FeaturePackages.class.getName());
    }

    static final ApplicationModules MODULES = ApplicationModules.of("org.mscpathway");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.forEach(System.out::println);
        MODULES.detectViolations().getMessages().forEach(m -> System.out.println("VIOLATION " + m.lines().findFirst().orElse("")));
        MODULES.verify();
    }
}
