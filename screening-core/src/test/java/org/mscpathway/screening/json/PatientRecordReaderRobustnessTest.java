package org.mscpathway.screening.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.record.PatientRecord;

/**
 * Thousands of truncated, mutated and random documents thrown at the reader: each is either read (and then
 * evaluates without error in both modes) or refused with an {@link InvalidRecordException} whose every error has
 * a path and a message, never another exception and never the patient's reference or birth date.
 */
class PatientRecordReaderRobustnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Screening SCREENING = Screening.withDefaultCatalogue();
    private static final List<String> RECORDS = scenarioRecords();
    private static final String REFERENCE = "MRN-SECRET-4711";
    private static final String BIRTH_DATE = "1931-07-09";

    private static List<String> scenarioRecords() {
        try (Stream<Path> files = Files.list(Path.of(
                PatientRecordReaderRobustnessTest.class.getResource("/scenarios").toURI()))) {
            List<String> records = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                ObjectNode record = (ObjectNode) JSON.readTree(file.toFile()).get("record");
                ((ObjectNode) record.get("patient")).put("reference", REFERENCE).put("birthDate", BIRTH_DATE);
                records.add(record.toString());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a document; any exception other than InvalidRecordException fails the test. */
    private static void readCleanly(String document) {
        PatientRecord record;
        try {
            record = PatientRecordReaderTest.READER.read(document);
        } catch (InvalidRecordException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.path()).isNotBlank();
                assertThat(error.message()).isNotBlank().doesNotContain(REFERENCE, BIRTH_DATE, "Exception");
            });
            return;
        }
        SCREENING.evaluate(record, EvaluationMode.FULL);
        SCREENING.evaluate(record, EvaluationMode.PARTIAL);
    }

    @Example
    void everyTruncationOfEveryScenarioRecordIsRefusedCleanly() {
        int documents = 0;
        for (String record : RECORDS) {
            for (int length = 0; length < record.length(); length += 3) {
                readCleanly(record.substring(0, length));
                documents++;
            }
        }
        assertThat(documents).isGreaterThan(5_000);
    }

    @Property(tries = 3_000)
    void mutatedScenarioRecordsAreReadOrRefusedCleanly(@ForAll("records") String record,
                                                     @ForAll("mutations") List<Mutation> mutations) throws IOException {
        JsonNode document = JSON.readTree(record);
        for (Mutation mutation : mutations) {
            document = mutation.applyTo(document);
        }
        readCleanly(document.toString());
    }

    @Property(tries = 1_000)
    void randomTextIsRefusedCleanly(@ForAll("randomText") String text) {
        readCleanly(text);
    }

    @Provide
    Arbitrary<String> records() {
        return Arbitraries.of(RECORDS);
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsn").ofMaxLength(200),
                Arbitraries.of("{", "[", "\"", "{\"patient\":", "null", "1e99999", "-", "{\"a\":1}}", "\uFEFF{}"));
    }

    /** A change to one randomly chosen node of a document: its value replaced, or the node removed. */
    record Mutation(int pick, JsonNode replacement, boolean remove) {

        JsonNode applyTo(JsonNode document) {
            List<JsonNode> containers = new ArrayList<>();
            collect(document, containers);
            JsonNode container = containers.get(Math.floorMod(pick, containers.size()));
            if (container.isObject() && !container.isEmpty()) {
                List<String> names = new ArrayList<>();
                container.fieldNames().forEachRemaining(names::add);
                String name = names.get(Math.floorMod(pick / 7, names.size()));
                if (remove) {
                    ((ObjectNode) container).remove(name);
                } else {
                    ((ObjectNode) container).set(name, replacement);
                }
            } else if (container.isArray() && !container.isEmpty()) {
                int index = Math.floorMod(pick / 7, container.size());
                if (remove) {
                    ((ArrayNode) container).remove(index);
                } else {
                    ((ArrayNode) container).set(index, replacement);
                }
            } else if (container == document) {
                return replacement;
            }
            return document;
        }

        private static void collect(JsonNode node, List<JsonNode> containers) {
            if (node.isContainerNode()) {
                containers.add(node);
                node.forEach(child -> collect(child, containers));
            }
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<JsonNode> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(NODES::textNode),
                Arbitraries.of("", " ", "positive", "negative", "indeterminate", "active", "resolved", "stopped",
                        "female", "male", "pregnant", "severe", "2026-11-25", "2026-02-30", "1899-01-01", "3000-01-01",
                        "C50.9", "I21.0", "J01CA04", "6690-2", "10230-1", "knee-osteoarthritis").map(NODES::textNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.of(1e308, -0.0, 38.0, 0.5, 1e-300).map(NODES::numberNode),
                Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
                        NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(NODES.nullNode()),
                        NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                        NODES.numberNode(new java.math.BigDecimal("1e400"))));
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 10_000), values, Arbitraries.integers().between(0, 4).map(draw -> draw == 0))
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(4);
    }
}
