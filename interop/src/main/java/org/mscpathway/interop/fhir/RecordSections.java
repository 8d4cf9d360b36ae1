package org.mscpathway.interop.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/**
 * The record being assembled: each item remembers the resource it came from. A list is written only when
 * something was mapped into it or the Bundle stated it empty ("no known allergies"): an absent list means "not
 * asked" to the evaluator, and a Bundle that holds no MedicationStatement has not said the patient takes nothing.
 */
final class RecordSections {

    enum ListSection {
        CONDITIONS("medicalHistory", "conditions"),
        MEDICATIONS("medicalHistory", "medications"),
        ALLERGIES("medicalHistory", "allergies"),
        OBSERVATIONS(null, "observations"),
        IMAGING(null, "imaging");

        final String parent;
        final String key;

        ListSection(String parent, String key) {
            this.parent = parent;
            this.key = key;
        }

        String path() {
            return parent == null ? key : parent + "." + key;
        }
    }

    private record Item(ObjectNode json, Resource source) {
    }

    private record Value(Object value, Resource source) {
    }

    private final Map<ListSection, List<Item>> lists = new LinkedHashMap<>();
    /** "section.field" → value, for the patient, medical history and physical exam fields. */
    private final Map<String, Value> fields = new LinkedHashMap<>();

    void add(ListSection section, ObjectNode item, Resource source) {
        lists.computeIfAbsent(section, key -> new ArrayList<>()).add(new Item(item, source));
    }

    /** The Bundle says this list is empty (no known allergies, problems or medications). */
    void statedEmpty(ListSection section) {
        lists.computeIfAbsent(section, key -> new ArrayList<>());
    }

    /** {@code value} is a String, Boolean or Number. */
    void set(String section, String field, Object value, Resource source) {
        fields.put(section + "." + field, new Value(value, source));
    }

    boolean isSet(String section, String field) {
        return fields.containsKey(section + "." + field);
    }

    ObjectNode toJson(String indication, Map<String, String> sources) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode record = nodes.objectNode();
        fields.forEach((path, value) -> {
            int dot = path.indexOf('.');
            ObjectNode section = object(record, path.substring(0, dot));
            String field = path.substring(dot + 1);
            if (value.value() instanceof Boolean bool) {
                section.put(field, bool);
            } else if (value.value() instanceof Long whole) {
                section.put(field, Math.toIntExact(whole));
            } else if (value.value() instanceof Number number) {
                section.put(field, number.doubleValue());
            } else {
                section.put(field, String.valueOf(value.value()));
            }
            if (value.source() != null) {
                sources.put(path, ImportContext.label(value.source()));
            }
        });
        if (indication != null) {
            record.put("indication", indication);
        }
        lists.forEach((section, items) -> {
            ArrayNode array = (section.parent == null ? record : object(record, section.parent)).putArray(section.key);
            for (int i = 0; i < items.size(); i++) {
                array.add(items.get(i).json());
                sources.put(section.path() + "[" + i + "]", ImportContext.label(items.get(i).source()));
            }
        });
        return record;
    }

    private static ObjectNode object(ObjectNode parent, String key) {
        return parent.has(key) ? (ObjectNode) parent.get(key) : parent.putObject(key);
    }
}
