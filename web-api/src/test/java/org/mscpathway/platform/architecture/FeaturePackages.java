package org.mscpathway.platform.architecture;

import java.util.Set;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.JavaPackage;

/**
 * The platform's application modules: each Maven module has its own root package ({@code org.mscpathway.screening},
 * {@code .workflow}, {@code .notification}, {@code .interop}, {@code .platform} for web-api), and every feature package
 * directly below a root is one module ({@code workflow.pathway}, {@code notification.routing}, {@code platform.cases},
 * ...). One detection across all roots, so that a dependency from web-api into workflow is checked like one inside
 * web-api. The roots' own few classes (the auto-configurations, the application, screening-core's facade) belong to
 * no module: {@link ApplicationModulesTest} checks separately that no feature package depends on its root.
 */
public class FeaturePackages implements ApplicationModuleDetectionStrategy {

    /** Test fixtures, not production code. */
    private static final Set<String> NOT_MODULES = Set.of("org.mscpathway.testsupport");

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage basePackage) {
        return basePackage.getDirectSubPackages().stream()
                .filter(root -> !NOT_MODULES.contains(root.getName()))
                .flatMap(root -> root.getDirectSubPackages().stream());
    }
}
