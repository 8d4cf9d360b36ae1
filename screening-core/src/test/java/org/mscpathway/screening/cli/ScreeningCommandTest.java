package org.mscpathway.screening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return new ScreeningCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path scenario(String name) throws URISyntaxException {
        return Path.of(ScreeningCommandTest.class.getResource("/scenarios/" + name).toURI());
    }

    @Test
    void evaluatesAScenarioFileAndExitsZero() throws Exception {
        int status = run("", "evaluate", scenario("p01-eligible-knee-oa.json").toString());

        assertThat(status).isZero();
        JsonNode result = JSON.readTree(out());
        assertThat(result.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(result.get("plan").get("cellsPerAdministration").asLong()).isEqualTo(50_000_000L);
        assertThat(err()).isEmpty();
    }

    @Test
    void ineligibleOutcomeStillExitsZero() throws Exception {
        int status = run("", "evaluate", scenario("p13-dmso-anaphylaxis.json").toString());

        assertThat(status).isZero();
        assertThat(JSON.readTree(out()).get("outcome").asText()).isEqualTo("INELIGIBLE");
    }

    @Test
    void readsABareRecordFromStandardInput() throws Exception {
        JsonNode record = JSON.readTree(scenario("p08-on-antibiotics.json").toFile()).get("record");

        int status = run(record.toString(), "evaluate", "-");

        assertThat(status).isZero();
        assertThat(JSON.readTree(out()).get("findings").get(0).get("ruleId").asText()).isEqualTo("INF-ANTIBIOTIC");
    }

    @Test
    void invalidRecordExitsTwoNamingEachFieldWithoutAStackTrace() {
        int status = run("{\"patient\": {\"birthDate\": \"12/04/1968\"}, \"indication\": \"knee-osteoarthritis\","
                + " \"physicalExam\": {\"nyhaClass\": \"III\"}}", "evaluate", "-");

        assertThat(status).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("patient.birthDate: not a date (expected YYYY-MM-DD)",
                "physicalExam.nyhaClass: must be a whole number between 1 and 4 (got a string)")
                .doesNotContain("Exception", "\tat ", "12/04/1968");
    }

    @Test
    void anUndatedResultIsReadAndListedAsNotCounted() throws Exception {
        int status = run("""
                {"patient": {"reference": "MRN-CLI-1", "birthDate": "1960-01-01", "sex": "male"},
                 "indication": "knee-osteoarthritis",
                 "observations": [{"loinc": "1988-5", "value": 2.1, "unit": "mg/L"}]}""", "evaluate", "-");

        assertThat(status).isZero();
        assertThat(JSON.readTree(out()).get("notCounted").toString())
                .isEqualTo("[{\"item\":\"LOINC 1988-5\",\"reason\":\"undated\"}]");
    }

    @Test
    void unreadableFileExitsTwo() {
        int status = run("", "evaluate", folder.resolve("missing.json").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("cannot read").contains("missing.json");
    }

    @Test
    void usageErrorsExitOneWithTheUsage() {
        assertThat(run("")).isEqualTo(1);
        assertThat(run("", "evaluate")).isEqualTo(1);
        assertThat(run("", "screen", "x.json")).isEqualTo(1);
        assertThat(run("", "rules", "--catalogue")).isEqualTo(1);
        assertThat(err()).contains("usage: java -jar msc-screen.jar");
        assertThat(out()).isEmpty();
    }

    @Test
    void rulesPrintsTheCatalogueWithItsVersion() throws Exception {
        int status = run("", "rules");

        assertThat(status).isZero();
        JsonNode catalogue = JSON.readTree(out());
        assertThat(catalogue.get("rulesetVersion").asText()).isEqualTo("2026.2");
        assertThat(catalogue.get("rules")).hasSize(71);
        assertThat(catalogue.get("indications")).hasSize(4);
        assertThat(catalogue.get("thresholds").get("trustedData.serologyValidDays").asInt()).isEqualTo(90);
        assertThat(catalogue.get("codes").get("liveVaccine")).hasSize(12);
    }

    @Test
    void siteCatalogueIsUsedWhenGiven() throws Exception {
        Path file = folder.resolve("site.json");
        String shipped = new String(getClass().getResourceAsStream("/org/mscpathway/screening/catalogue-2026.2.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(file, shipped.replace("\"rulesetVersion\": \"2026.2\"", "\"rulesetVersion\": \"site-3\""));

        int status = run("", "--catalogue", file.toString(), "evaluate", scenario("p15-diabetes-weight-based-dose.json").toString());

        assertThat(status).isZero();
        assertThat(JSON.readTree(out()).get("rulesetVersion").asText()).isEqualTo("site-3");
    }

    @Test
    void invalidSiteCatalogueExitsOneNamingTheKey() throws IOException {
        Path file = folder.resolve("site.json");
        Files.writeString(file, "{\"rulesetVersion\": \"x\"}");

        int status = run("", "--catalogue", file.toString(), "rules");

        assertThat(status).isEqualTo(1);
        assertThat(err()).contains("thresholds: missing");
    }

    @Test
    void rulesInMarkdownIsTheGeneratedPartOfTheClinicalRules() {
        int status = run("", "rules", "--format", "markdown");

        assertThat(status).isZero();
        assertThat(out()).isEqualTo(org.mscpathway.screening.catalogue.CatalogueMarkdown.render(
                org.mscpathway.screening.Screening.withDefaultCatalogue().catalogue()));
        assertThat(out()).startsWith("## Ruleset 2026.2").contains("**COAG-PLATELETS-SEVERE** (version 1, ABSOLUTE)");
    }

    @Test
    void unknownRulesFormatIsAUsageError() {
        assertThat(run("", "rules", "--format", "yaml")).isEqualTo(1);
        assertThat(err()).contains("unknown format 'yaml' (expected json or markdown)");
    }

    @Test
    void unitThatCannotBeConvertedExitsTwoNamingTheField() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode record = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(scenario("p01-eligible-knee-oa.json").toFile()).get("record");
        ((com.fasterxml.jackson.databind.node.ObjectNode) record.get("observations").get(4)).put("unit", "mmol/L");

        int status = run(record.toString(), "evaluate", "-");

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("observations[4].unit: is not a unit of this test that converts to 10*9/L (accepted:");
        assertThat(out()).isEmpty();
    }

    @Test
    void chineseSubstanceSurvivesTheCommandLineWhateverThePlatformEncoding() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode record = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(scenario("p01-eligible-knee-oa.json").toFile()).get("record");
        ((com.fasterxml.jackson.databind.node.ObjectNode) record.get("medicalHistory")).putArray("allergies").addObject()
                .put("substance", "\u9752\u9709\u7d20").put("reaction", "\u76ae\u75b9").put("severity", "mild");
        Path file = folder.resolve("record.json");
        Files.writeString(file, record.toString(), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), ScreeningCommand.class.getName(), "evaluate", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(JSON.readTree(output).get("findings").get(0).get("evidence").get(0).get("item").asText())
                .isEqualTo("allergy \u9752\u9709\u7d20");
    }
}
