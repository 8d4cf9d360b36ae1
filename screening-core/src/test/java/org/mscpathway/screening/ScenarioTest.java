package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.json.ScreeningJson;

/**
 * Every scenario file (test resources {@code scenarios/}) evaluated in full, checking each field its
 * {@code expected} asserts: outcome, groups, missing items, plan values and the items the plan must contain
 * ({@code planContains}: each listed text appears in an item of that plan list, case ignored).
 */
class ScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Screening SCREENING = Screening.withDefaultCatalogue();
    private static final PatientRecordReader READER = new PatientRecordReader(
            Clock.fixed(RecordBuilder.ASSESSED.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), SCREENING);

    static Stream<Path> scenarios() throws IOException, URISyntaxException {
        Path folder = Path.of(ScenarioTest.class.getResource("/scenarios").toURI());
        return Files.list(folder).filter(file -> file.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioMatchesItsExpectedResult(Path file) {
        JsonNode scenario = read(file);
        JsonNode expected = scenario.get("expected");

        Assessment assessment = SCREENING.evaluate(READER.read(scenario.get("record")), EvaluationMode.FULL);

        assertThat(assessment.outcome().name()).isEqualTo(expected.get("outcome").asText());
        assertThat(groups(assessment)).isEqualTo(strings(expected.get("groups")));
        if (expected.has("missing")) {
            assertThat(missingCodes(assessment)).isEqualTo(strings(expected.get("missing")));
        }
        if (expected.has("plan")) {
            JsonNode plan = ScreeningJson.toJson(assessment.plan());
            expected.get("plan").properties().forEach(field ->
                    assertThat(sameValue(plan.get(field.getKey()), field.getValue()))
                            .as("plan.%s is %s, expected %s", field.getKey(), plan.get(field.getKey()), field.getValue())
                            .isTrue());
        } else if (!assessment.outcome().allowsPlan()) {
            assertThat(assessment.plan()).isNull();
        }
        if (expected.has("planContains")) {
            assertThat(assessment.plan()).as("a plan with the items of planContains").isNotNull();
            JsonNode plan = ScreeningJson.toJson(assessment.plan());
            expected.get("planContains").properties().forEach(field -> field.getValue().forEach(item ->
                    assertThat(plan.get(field.getKey())).as("plan.%s contains an item with '%s'", field.getKey(), item.asText())
                            .anySatisfy(actual -> assertThat(actual.asText()).containsIgnoringCase(item.asText()))));
        }
        assertThat(expected.properties()).extracting(java.util.Map.Entry::getKey)
                .as("every asserted field is checked").isSubsetOf("outcome", "groups", "missing", "plan", "planContains");
    }

    /** Jackson's IntNode(3) does not equal its LongNode(3); the scenario compares values. */
    private static boolean sameValue(JsonNode actual, JsonNode expected) {
        if (actual != null && actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static Set<String> groups(Assessment assessment) {
        Set<String> groups = new TreeSet<>();
        for (Finding finding : assessment.findings()) {
            groups.add(finding.group().name());
        }
        return groups;
    }

    /** "LOINC 2106-3" is written "2106-3" in the scenarios. */
    private static Set<String> missingCodes(Assessment assessment) {
        Set<String> codes = new TreeSet<>();
        for (MissingData item : assessment.missing()) {
            codes.add(item.item().startsWith("LOINC ") ? item.item().substring("LOINC ".length()) : item.item());
        }
        return codes;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> strings = new TreeSet<>();
        array.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
