package org.mscpathway.platform.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The JSON Schemas the API publishes (classpath {@code schema/}): the patient record, served as it is, and the
 * evaluator's answers and the command bodies. Their definitions become the OpenAPI document's components, so the
 * document and the served schema are one text and cannot drift apart.
 */
@Component
class PublishedSchemas {

    static final String PATIENT_RECORD = "schema/patient-record.schema.json";
    private static final List<String> FILES = List.of(PATIENT_RECORD, "schema/screening.schema.json",
            "schema/api.schema.json");
    /** A reference to a definition of this file or of a sibling schema file. */
    private static final Pattern DEFINITION = Pattern.compile("^(?:[\\w.-]+\\.schema\\.json)?#/\\$defs/([\\w-]+)$");

    private final JsonNode patientRecord;
    private final Map<String, JsonNode> components = new LinkedHashMap<>();

    PublishedSchemas(ObjectMapper json) {
        this.patientRecord = read(json, PATIENT_RECORD);
        for (String file : FILES) {
            read(json, file).path("$defs").fields().forEachRemaining(definition -> {
                if (components.put(definition.getKey(), asComponent(definition.getValue().deepCopy())) != null) {
                    throw new IllegalStateException("two schema files define " + definition.getKey());
                }
            });
        }
    }

    /** The patient record's JSON Schema (draft 2020-12), as {@code GET /api/v1/schemas/patient-record.json} serves it. */
    JsonNode patientRecord() {
        return patientRecord;
    }

    /** Every definition by name, its references pointing at the OpenAPI document's components. */
    Map<String, JsonNode> components() {
        return components;
    }

    private static JsonNode asComponent(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                Matcher matcher = DEFINITION.matcher(ref.asText());
                if (!matcher.matches()) {
                    throw new IllegalStateException("unresolvable schema reference " + ref.asText());
                }
                object.set("$ref", TextNode.valueOf("#/components/schemas/" + matcher.group(1)));
            }
            object.fields().forEachRemaining(field -> asComponent(field.getValue()));
        } else if (node.isArray()) {
            node.forEach(PublishedSchemas::asComponent);
        }
        return node;
    }

    private static JsonNode read(ObjectMapper json, String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
