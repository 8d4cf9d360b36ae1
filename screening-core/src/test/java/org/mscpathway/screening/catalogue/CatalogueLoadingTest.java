package org.mscpathway.screening.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.assessment.Severity;

class CatalogueLoadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path write(Consumer<ObjectNode> change) throws IOException {
        ObjectNode catalogue = TestCatalogues.shipped();
        change.accept(catalogue);
        Path file = folder.resolve("site-catalogue.json");
        Files.writeString(file, JSON.writeValueAsString(catalogue));
        return file;
    }

    private static ObjectNode cardiac(ObjectNode catalogue) {
        return (ObjectNode) catalogue.get("thresholds").get("cardiac");
    }

    private static ObjectNode rule(ObjectNode catalogue, int index) {
        return (ObjectNode) catalogue.get("rules").get(index);
    }

    @Test
    void shippedCatalogueLoadsWithEveryRuleGroupAndIndication() {
        Screening screening = Screening.withDefaultCatalogue();

        assertThat(screening.rulesetVersion()).isEqualTo("2026.2");
        assertThat(screening.rules()).extracting(RuleDescription::group).containsOnly(RuleGroup.values());
        assertThat(screening.rules()).hasSize(71).allSatisfy(rule -> assertThat(rule.source()).contains("§"));
        assertThat(screening.indications()).extracting(i -> i.code()).containsExactly("knee-osteoarthritis",
                "ischemic-heart-disease", "type-2-diabetes", "autoimmune-disease");
        assertThat(screening.indications()).allSatisfy(indication -> {
            assertThat(indication.severityOverrides()).isEmpty();
            assertThat(indication.thresholdOverrides()).isEmpty();
        });
        assertThat(screening.indication("type-2-diabetes")).get()
                .satisfies(diabetes -> {
                    assertThat(diabetes.cellsPerKg()).isEqualTo(1_000_000L);
                    assertThat(diabetes.maxCellsPerAdministration()).isEqualTo(200_000_000L);
                });
    }

    @Test
    void siteFileIsUsedInsteadOfTheShippedOne() throws IOException {
        Path file = write(catalogue -> catalogue.put("rulesetVersion", "site-7"));

        assertThat(Screening.withCatalogue(file).rulesetVersion()).isEqualTo("site-7");
    }

    @Test
    void thresholdOutOfRangeIsRefusedByKey() throws IOException {
        Path file = write(catalogue -> cardiac(catalogue).put("lvefAbsoluteBelowPercent", 135));

        assertThatThrownBy(() -> Screening.withCatalogue(file)).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("thresholds.cardiac.lvefAbsoluteBelowPercent: must be a number between 0 and 100");
    }

    @Test
    void thresholdOfTheWrongTypeIsRefusedByKey() throws IOException {
        Path file = write(catalogue -> cardiac(catalogue).put("lvefAbsoluteBelowPercent", "35"));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("thresholds.cardiac.lvefAbsoluteBelowPercent: must be a number between 0 and 100");
    }

    @Test
    void missingThresholdIsRefusedByKey() throws IOException {
        Path file = write(catalogue -> cardiac(catalogue).remove("lvefAbsoluteBelowPercent"));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("thresholds.cardiac.lvefAbsoluteBelowPercent: missing");
    }

    @Test
    void negativeWindowIsRefused() throws IOException {
        Path file = write(catalogue -> ((ObjectNode) catalogue.get("thresholds").get("infection"))
                .put("antibioticWithinDays", -14));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("thresholds.infection.antibioticWithinDays: must be a whole number between 0 and 3650");
    }

    @Test
    void misspelledThresholdIsRefusedRatherThanIgnored() throws IOException {
        Path file = write(catalogue -> cardiac(catalogue).put("lvefAbsoluteBelow", 30));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("thresholds.cardiac.lvefAbsoluteBelow: unknown threshold");
    }

    @Test
    void inconsistentThresholdsAreRefused() throws IOException {
        Path file = write(catalogue -> cardiac(catalogue).put("lvefRelativeBelowPercent", 30));

        assertThatThrownBy(() -> Screening.withCatalogue(file)).hasMessageContaining(
                "thresholds.cardiac.lvefAbsoluteBelowPercent: must not exceed cardiac.lvefRelativeBelowPercent");
    }

    @ParameterizedTest(name = "{0} = {1} is refused by its key")
    @org.junit.jupiter.params.provider.CsvSource({
        "trustedData, serologyValidDays, -1, must be a whole number between 0 and 3650",
        "trustedData, bloodCountValidDays, 30.5, must be a whole number between 0 and 3650",
        "coagulation, inrAbove, 25, must be a number between 0 and 20",
        "organFunction, spo2RelativeBelowPercent, 101, must be a number between 0 and 100",
        "infection, liveVaccineWithinDays, 4000, must be a whole number between 0 and 3650"})
    void new2026_2ThresholdOutOfRangeIsRefusedByItsKey(String group, String key, double value, String problem)
            throws IOException {
        Path file = write(catalogue -> ((ObjectNode) catalogue.get("thresholds").get(group)).put(key, value));

        assertThatThrownBy(() -> Screening.withCatalogue(file)).isInstanceOf(InvalidCatalogueException.class)
                .satisfies(e -> assertThat(((InvalidCatalogueException) e).problems())
                        .containsExactly("thresholds." + group + "." + key + ": " + problem));
    }

    @Test
    void absolutePlateletLimitAboveTheRelativeOneIsRefused() throws IOException {
        Path file = write(catalogue -> ((ObjectNode) catalogue.get("thresholds").get("coagulation"))
                .put("plateletsAbsoluteBelow10e9L", 60));

        assertThatThrownBy(() -> Screening.withCatalogue(file)).isInstanceOf(InvalidCatalogueException.class)
                .satisfies(e -> assertThat(((InvalidCatalogueException) e).problems()).containsExactly(
                        "thresholds.coagulation.plateletsAbsoluteBelow10e9L: must not exceed coagulation.plateletsRelativeBelow10e9L"));
    }

    @Test
    void componentAtcClassThatIsNoAtcCodeIsRefused() throws IOException {
        Path file = write(catalogue -> ((ObjectNode) catalogue.get("products").get("UC-MSC").get("components").get(3))
                .putArray("atc").add("penicillin"));

        assertThatThrownBy(() -> Screening.withCatalogue(file)).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("products.UC-MSC.components[3].atc: 'penicillin' is not an ATC code");
    }

    @Test
    void siteWindowOverridesTheShippedOne() throws IOException {
        Path file = write(catalogue -> ((ObjectNode) catalogue.get("thresholds").get("trustedData"))
                .put("serologyValidDays", 365));

        assertThat(Catalogue.load(file).thresholds().whole(Threshold.SEROLOGY_VALID_DAYS)).isEqualTo(365);
    }

    @Test
    void unknownGroupAndSeverityAreRefused() throws IOException {
        Path file = write(catalogue -> rule(catalogue, 0).put("group", "DERMATOLOGY").put("severity", "FATAL"));

        assertThatThrownBy(() -> Screening.withCatalogue(file)).isInstanceOf(InvalidCatalogueException.class)
                .satisfies(e -> assertThat(((InvalidCatalogueException) e).problems()).contains(
                        "rules[0].group: must be one of PREGNANCY, MALIGNANCY, AUTOIMMUNE, INFECTION, CARDIAC, ALLERGY, COAGULATION, ORGAN_FUNCTION, AGE",
                        "rules[0].severity: must be one of ABSOLUTE, RELATIVE, PRECAUTION"));
    }

    @Test
    void duplicateRuleIdIsRefused() throws IOException {
        Path file = write(catalogue -> rule(catalogue, 1).put("id", "PREG-PREGNANT"));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("rules[1].id: duplicate rule id PREG-PREGNANT");
    }

    @Test
    void ruleWithoutItsDescriptionIsRefused() throws IOException {
        Path file = write(catalogue -> ((ArrayNode) catalogue.get("rules")).remove(0));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("rules: no rule PREG-PREGNANT (the PREGNANCY rules need it)");
    }

    @Test
    void describedRuleThatNoCodeImplementsIsRefused() throws IOException {
        Path file = write(catalogue -> ((ArrayNode) catalogue.get("rules")).add(rule(catalogue, 0).deepCopy()
                .put("id", "PREG-TWINS")));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("rules: no rule logic implements PREG-TWINS");
    }

    @Test
    void ruleInTheWrongGroupIsRefused() throws IOException {
        Path file = write(catalogue -> rule(catalogue, 0).put("group", "AGE"));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("rules: PREG-PREGNANT must be in group PREGNANCY, not AGE");
    }

    @ParameterizedTest(name = "code set entry ''{0}'' is refused")
    @ValueSource(strings = {"C96-C00", "C00-C9", "cancer", "123"})
    void malformedIcd10CodeSetIsRefused(String entry) throws IOException {
        Path file = write(catalogue -> ((ObjectNode) catalogue.get("codes")).putArray("malignancy").add(entry));

        assertThatThrownBy(() -> Screening.withCatalogue(file)).hasMessageContaining("codes.malignancy: '" + entry + "'");
    }

    @Test
    void indicationOfAnUnknownProductIsRefused() throws IOException {
        Path file = write(catalogue -> ((ObjectNode) catalogue.get("indications").get(0)).put("product", "BM-MSC"));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("indications[0].product: unknown product 'BM-MSC' (not under products)");
    }

    @Test
    void indicationWithTwoDosesIsRefused() throws IOException {
        Path file = write(catalogue -> ((ObjectNode) catalogue.get("indications").get(0)).put("cellsPerKg", 1000000));

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("indications[0]: exactly one of fixedCells and cellsPerKg must be given");
    }

    @Test
    void overrideOfAnUnknownRuleOrThresholdIsRefused() throws IOException {
        Path file = write(catalogue -> {
            ObjectNode overrides = ((ObjectNode) catalogue.get("indications").get(1)).putObject("overrides");
            overrides.putObject("severities").put("CARD-UNKNOWN", "RELATIVE");
            overrides.putObject("thresholds").put("cardiac.lvefAbsolute", 25);
        });

        assertThatThrownBy(() -> Screening.withCatalogue(file)).satisfies(e ->
                assertThat(((InvalidCatalogueException) e).problems()).containsExactly(
                        "indications[1].overrides.severities.CARD-UNKNOWN: unknown rule id",
                        "indications[1].overrides.thresholds.cardiac.lvefAbsolute: unknown threshold"));
    }

    @Test
    void fileThatIsNotJsonIsRefusedWithItsPosition() throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"rulesetVersion\": \"x\",\n  \"thresholds\": }");

        assertThatThrownBy(() -> Screening.withCatalogue(file))
                .hasMessageContaining("not valid JSON (line 2, column 17)");
    }

    @Test
    void missingFileIsRefusedByName() {
        Path file = folder.resolve("nowhere.json");

        assertThatThrownBy(() -> Screening.withCatalogue(file)).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("nowhere.json: cannot be read");
    }

    @Test
    void severityOverrideAppliesToItsIndicationOnly() {
        Catalogue catalogue = Catalogue.loadDefault();
        RuleDescription nyhaSevere = catalogue.rule("CARD-NYHA-SEVERE").orElseThrow();

        assertThat(catalogue.severityFor(nyhaSevere, catalogue.indication("knee-osteoarthritis").orElseThrow()))
                .isEqualTo(Severity.ABSOLUTE);
    }
}
