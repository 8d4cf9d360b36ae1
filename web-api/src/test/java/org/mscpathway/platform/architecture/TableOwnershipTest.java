package org.mscpathway.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table has exactly one owning module, and only the owner's code names it in SQL; other modules call the
 * owner's API (or implement its SPI). The list is the one in docs/architecture.md.
 */
class TableOwnershipTest {

    /** Table (schema {@code msc}) → the feature package that owns it. */
    static final Map<String, String> OWNERS = new TreeMap<>(Map.ofEntries(
            Map.entry("screening_case", "org.mscpathway.workflow.pathway"),
            Map.entry("case_assessment", "org.mscpathway.workflow.pathway"),
            Map.entry("case_contribution", "org.mscpathway.workflow.pathway"),
            Map.entry("treatment_plan", "org.mscpathway.workflow.pathway"),
            Map.entry("physician_decision", "org.mscpathway.workflow.pathway"),
            Map.entry("override_proposal", "org.mscpathway.workflow.pathway"),
            Map.entry("outbox_event", "org.mscpathway.workflow.outbox"),
            Map.entry("ruleset", "org.mscpathway.workflow.ruleset"),
            Map.entry("notification", "org.mscpathway.notification.inbox"),
            Map.entry("email_outbox", "org.mscpathway.notification.email"),
            Map.entry("platform_user", "org.mscpathway.platform.security"),
            Map.entry("platform_user_role", "org.mscpathway.platform.security"),
            Map.entry("platform_user_team", "org.mscpathway.platform.security"),
            Map.entry("sign_in_failure", "org.mscpathway.platform.security"),
            Map.entry("spring_session", "org.mscpathway.platform.security"),
            Map.entry("spring_session_attributes", "org.mscpathway.platform.security"),
            Map.entry("audit_entry", "org.mscpathway.platform.audit"),
            Map.entry("patient_data_access", "org.mscpathway.platform.audit"),
            Map.entry("fhir_import_draft", "org.mscpathway.platform.interop"),
            Map.entry("cds_card", "org.mscpathway.platform.interop"),
            Map.entry("cds_feedback", "org.mscpathway.platform.interop")));
    /** The Maven modules whose main code runs in the platform or administers it. */
    static final Set<String> MAVEN_MODULES = Set.of("screening-core", "interop", "workflow", "notification", "web-api",
            "deploy");
    private static final Path REPOSITORY = ApplicationModulesTest.REPOSITORY;
    private static final Pattern CREATED = Pattern.compile("CREATE TABLE msc\\.([a-z_]+)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+msc\\.([a-z_]+)");
    private static final Pattern PACKAGE = Pattern.compile("^package ([a-z.]+);", Pattern.MULTILINE);

    @Test
    void everyTableTheMigrationsCreateHasAnOwnerInTheModuleThatCreatesIt() throws IOException {
        Map<String, String> createdIn = new TreeMap<>();
        for (Path migration : files("src/main/resources/db/migration", ".sql")) {
            Matcher created = CREATED.matcher(Files.readString(migration));
            while (created.find()) {
                createdIn.put(created.group(1), mavenModuleOf(migration));
            }
        }

        assertThat(createdIn.keySet()).containsExactlyInAnyOrderElementsOf(OWNERS.keySet());
        createdIn.forEach((table, mavenModule) -> assertThat(mavenModuleOfPackage(OWNERS.get(table)))
                .as("msc.%s is created by %s", table, mavenModule).isEqualTo(mavenModule));
    }

    @Test
    void onlyTheOwnerNamesItsTablesInSql() throws IOException {
        Set<String> trespasses = new TreeSet<>();
        for (Path source : files("src/main/java", ".java")) {
            String code = Files.readString(source);
            Matcher packageName = PACKAGE.matcher(code);
            String pkg = packageName.find() ? packageName.group(1) : "";
            Matcher named = NAMED.matcher(code);
            while (named.find()) {
                String owner = OWNERS.get(named.group(1));
                if (owner == null || !(pkg.equals(owner) || pkg.startsWith(owner + "."))) {
                    trespasses.add(REPOSITORY.relativize(source) + " names msc." + named.group(1)
                            + (owner == null ? " (no owner)" : " (owned by " + owner + ")"));
                }
            }
        }

        assertThat(trespasses).isEmpty();
    }

    private static Iterable<Path> files(String under, String suffix) throws IOException {
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            return modules.filter(module -> MAVEN_MODULES.contains(module.getFileName().toString()))
                    .map(module -> module.resolve(under))
                    .filter(Files::isDirectory)
                    .flatMap(TableOwnershipTest::walk)
                    .filter(path -> path.toString().endsWith(suffix))
                    .toList();
        }
    }

    private static Stream<Path> walk(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mavenModuleOf(Path file) {
        return REPOSITORY.relativize(file).getName(0).toString();
    }

    private static String mavenModuleOfPackage(String pkg) {
        String root = pkg.split("\\.")[2];
        return switch (root) {
            case "platform" -> "web-api";
            case "screening" -> "screening-core";
            default -> root;
        };
    }
}
