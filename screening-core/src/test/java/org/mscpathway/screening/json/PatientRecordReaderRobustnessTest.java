package org.mscpathway.screening.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.SeededTries.between;
import static org.mscpathway.screening.SeededTries.check;
import static org.mscpathway.screening.SeededTries.listOf;
import static org.mscpathway.screening.SeededTries.oneOf;

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
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.record.PatientRecord;

/**
 * Thousands of truncated, mutated and random documents (seeded, see {@link org.mscpathway.screening.SeededTries})
 * thrown at the reader: each is either read (and then
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

    @Test
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

    /** A scenario record and the changes made to it, in order. */
    record MutatedRecord(String record, List<Mutation> mutations) {
        String document() throws IOException {
            JsonNode document = JSON.readTree(record);
            for (Mutation mutation : mutations) {
                document = mutation.applyTo(document);
            }
            return document.toString();
        }

        @Override
        public String toString() {
            try {
                return document();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void mutatedScenarioRecordsAreReadOrRefusedCleanly() {
        check(3_000, random -> new MutatedRecord(oneOf(random, RECORDS), listOf(random, 1, 4, Mutation::draw)),
                mutated -> {
                    try {
                        readCleanly(mutated.document());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void randomTextIsRefusedCleanly() {
        check(1_000, PatientRecordReaderRobustnessTest::randomText, PatientRecordReaderRobustnessTest::readCleanly);
    }

    /** Any characters; characters JSON is made of; or a known awkward start. */
    private static String randomText(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> text(random, 200, r -> (char) r.nextInt(Character.MAX_VALUE + 1));
            case 1 -> text(random, 200, r -> oneOf(r, JSON_CHARACTERS));
            default -> oneOf(random, List.of("{", "[", "\"", "{\"patient\":", "null", "1e99999", "-", "{\"a\":1}}",
                    "\uFEFF{}"));
        };
    }

    private static final List<Character> JSON_CHARACTERS =
            "{}[]\":,0123456789.-eE truefalsn".chars().mapToObj(c -> (char) c).toList();

    private static String text(Random random, int maxLength, Function<Random, Character> character) {
        StringBuilder text = new StringBuilder();
        for (int length = between(random, 0, maxLength); length > 0; length--) {
            text.append(character.apply(random));
        }
        return text.toString();
    }

    /** A change to one randomly chosen node of a document: its value replaced, or the node removed. */
    record Mutation(int pick, JsonNode replacement, boolean remove) {

        static Mutation draw(Random random) {
            return new Mutation(between(random, 0, 10_000), value(random), random.nextInt(5) == 0);
        }

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

    private static final List<JsonNode> AWKWARD_VALUES = List.of(NODES.booleanNode(true), NODES.booleanNode(false),
            NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(NODES.nullNode()),
            NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
            NODES.numberNode(new java.math.BigDecimal("1e400")));
    private static final List<String> CLINICAL_WORDS = List.of("", " ", "positive", "negative", "indeterminate",
            "active", "resolved", "stopped", "female", "male", "pregnant", "severe", "2026-11-25", "2026-02-30",
            "1899-01-01", "3000-01-01", "C50.9", "I21.0", "J01CA04", "6690-2", "10230-1", "knee-osteoarthritis");
    private static final List<Double> AWKWARD_NUMBERS = List.of(1e308, -0.0, 38.0, 0.5, 1e-300);

    /** Any text, a word the record uses, any number (double, int, long), an awkward number or an awkward node. */
    private static JsonNode value(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.textNode(text(random, 30, r -> (char) r.nextInt(Character.MAX_VALUE + 1)));
            case 1 -> NODES.textNode(oneOf(random, CLINICAL_WORDS));
            case 2 -> NODES.numberNode((random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(-10, 300)));
            case 3 -> NODES.numberNode(random.nextInt());
            case 4 -> NODES.numberNode(random.nextLong());
            case 5 -> NODES.numberNode(oneOf(random, AWKWARD_NUMBERS));
            default -> oneOf(random, AWKWARD_VALUES).deepCopy();
        };
    }
}
