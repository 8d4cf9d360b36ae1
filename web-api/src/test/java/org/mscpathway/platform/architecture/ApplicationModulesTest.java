package org.mscpathway.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * The platform's module boundaries, across its Maven modules ({@link FeaturePackages}): no cycle between modules, no
 * module reaching into another's internals, no cycle through the root packages that wire them; and the module
 * diagram in {@code docs/} is the one verified here.
 */
class ApplicationModulesTest {

    static {
        // read by Spring Modulith when it detects the modules
        System.setProperty("spring.modulith.detection-strategy", FeaturePackages.class.getName());
    }

    static final ApplicationModules MODULES = ApplicationModules.of("org.mscpathway");
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Path DIAGRAMS = REPOSITORY.resolve("docs/modules");
    /** Each Maven module's root package: its auto-configuration (or application) lives there, its features below. */
    static final List<String> ROOTS = List.of("org.mscpathway.screening", "org.mscpathway.interop",
            "org.mscpathway.workflow", "org.mscpathway.notification", "org.mscpathway.platform");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApis() {
        MODULES.verify();
    }

    @Test
    void everyMavenModuleIsVerified() {
        assertThat(MODULES.stream().map(module -> module.getBasePackage().getName().replaceAll("\\.[a-z]+$", ""))
                .distinct()).containsExactlyInAnyOrderElementsOf(ROOTS);
    }

    /**
     * The root packages belong to no module, so Modulith does not see their cycles: a root (an auto-configuration,
     * screening-core's facade) depends on its features, and none of those features may depend on it. A feature the
     * root does not use, such as screening-core's JSON edge or command line, may use the facade.
     */
    @Test
    void noFeatureUsedByItsRootPackageDependsOnIt() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mscpathway");
        Set<String> cycles = new TreeSet<>();
        for (String root : ROOTS) {
            Set<String> usedByRoot = classes.stream().filter(type -> type.getPackageName().equals(root))
                    .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                    .map(dependency -> featureOf(root, dependency.getTargetClass()))
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            classes.stream().filter(type -> usedByRoot.contains(featureOf(root, type)))
                    .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                    .filter(dependency -> dependency.getTargetClass().getPackageName().equals(root))
                    .forEach(dependency -> cycles.add(dependency.getDescription()));
        }

        assertThat(cycles).isEmpty();
    }

    /** The feature package (right below the root) a class lives in, or null outside the root's features. */
    private static String featureOf(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        return root + "." + (rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
    }

    /**
     * The Documenter writes the diagrams into docs/modules/ on every run; docs/architecture.md must show every module
     * and every dependency of the overall one (Structurizr orders them as it likes, so the order is not compared).
     */
    @Test
    void theModuleDiagramInDocsIsTheVerifiedOne() throws IOException {
        DiagramOptions named = DiagramOptions.defaults()
                .withDefaultDisplayName(module -> module.getIdentifier().toString());
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml(named)
                .writeIndividualModulesAsPlantUml(named);
        try (Stream<Path> written = Files.list(DIAGRAMS)) {
            for (Path file : written.filter(path -> path.toString().endsWith(".puml")).toList()) {
                Files.writeString(file, inStableOrder(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        Set<String> diagram = elements(Files.readString(DIAGRAMS.resolve("components.puml"), StandardCharsets.UTF_8));
        Set<String> shown = elements(Files.readString(REPOSITORY.resolve("docs/architecture.md"),
                StandardCharsets.UTF_8));

        assertThat(shown).as("docs/architecture.md shows docs/modules/components.puml as written now: copy it in")
                .isEqualTo(diagram);
    }

    /** Structurizr lists elements in no fixed order; sorted, the committed files change only when the modules do. */
    static String inStableOrder(String plantUml) {
        List<String> lines = new ArrayList<>(plantUml.lines().toList());
        int start = 0;
        while (start < lines.size()) {
            String kind = kindOf(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(kindOf(lines.get(end)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        return String.join("\n", lines) + "\n";
    }

    private static String kindOf(String line) {
        String stripped = line.strip();
        int parenthesis = stripped.indexOf('(');
        return parenthesis > 0 && (stripped.startsWith("Rel") || stripped.startsWith("Component")
                || stripped.startsWith("Container(")) ? stripped.substring(0, parenthesis) : null;
    }

    private static Set<String> elements(String plantUml) {
        return plantUml.lines().map(String::strip)
                .filter(line -> line.startsWith("Component(") || line.startsWith("Rel("))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
