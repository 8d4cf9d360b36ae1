package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * JSON in and out of the case tables' jsonb columns. What is stored was validated on the way in, so failing to
 * read or write it is a defect, not bad input; the message never quotes the JSON (it holds patient data).
 */
@Component
record JsonColumns(ObjectMapper json) {

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a " + value.getClass().getSimpleName() + " column", e);
        }
    }

    JsonNode read(String text) {
        return text == null ? null : read(text, JsonNode.class);
    }

    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " column is unreadable", e);
        }
    }
}
