package org.mscpathway.notification.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the JSON envelope of case-event.schema.json (schemaVersion 1). Strict on what notifications rely on (ids,
 * type, time, schema version), tolerant of the rest, so the producer may add fields or types without a redeploy here.
 */
public final class CaseEventJson {

    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,32}");

    private CaseEventJson() {
    }

    /** @throws MalformedCaseEventException naming the first field that is missing or wrong */
    public static CaseEvent parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedCaseEventException("the message is empty: expected a case event JSON object");
        }
        JsonNode root = readTree(json);
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || version.asInt() != SCHEMA_VERSION) {
            throw new MalformedCaseEventException("schemaVersion must be " + SCHEMA_VERSION
                    + ": this consumer reads version " + SCHEMA_VERSION + " only");
        }
        return new CaseEvent(
                uuid(root, "eventId"),
                requiredText(root, "type"),
                instant(root, "occurredAt"),
                uuid(root, "caseId"),
                optionalCode(root, "step"),
                optionalCode(root, "outcome"));
    }

    private static JsonNode readTree(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw new MalformedCaseEventException("the message must be a JSON object (a case event envelope)");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new MalformedCaseEventException("the message is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    private static String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank()) {
            throw new MalformedCaseEventException(field + " is required");
        }
        return node.asText();
    }

    /** Codes only (the schema's pattern): free text, which could carry patient data, never reaches an email. */
    private static String optionalCode(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode() || !CODE.matcher(node.asText()).matches()) {
            throw new MalformedCaseEventException(field + " must be null or a code of capitals, digits and '_' "
                    + "(at most 32), as in case-event.schema.json");
        }
        return node.asText();
    }

    private static UUID uuid(JsonNode root, String field) {
        try {
            return UUID.fromString(requiredText(root, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedCaseEventException(field + " must be a UUID", e);
        }
    }

    private static Instant instant(JsonNode root, String field) {
        try {
            return Instant.parse(requiredText(root, field));
        } catch (DateTimeParseException e) {
            throw new MalformedCaseEventException(field + " must be an ISO-8601 instant such as 2026-11-25T15:30:00Z",
                    e);
        }
    }
}
