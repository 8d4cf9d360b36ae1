package org.mscpathway.platform.ui.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mscpathway.platform.ui.cases.SectionSpec.Field;
import org.mscpathway.platform.ui.cases.SectionSpec.ListOf;
import org.springframework.util.MultiValueMap;

/**
 * What a coordinator typed into one section, kept as text so that a refused form comes back exactly as sent. Rows
 * of a list arrive as parallel parameters ({@code conditions.icd10}, {@code conditions.status}, … once per row);
 * blank rows are dropped, so the n-th row shown is the n-th element the pathway names in its errors.
 */
record SectionForm(Map<String, String> values, Map<String, List<Map<String, String>>> lists, Set<String> none) {

    static SectionForm read(SectionSpec spec, MultiValueMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        spec.fields().forEach(f -> values.put(f.key(), trimmed(params.getFirst(f.key()))));
        Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();
        Set<String> none = new TreeSet<>();
        for (ListOf list : spec.lists()) {
            lists.put(list.key(), rows(list, params));
            if (params.containsKey(list.key() + ".none")) {
                none.add(list.key());
            }
        }
        return new SectionForm(values, lists, none);
    }

    /** The form as stored on the case, to show it again or fill in what is missing. */
    static SectionForm of(SectionSpec spec, JsonNode stored) {
        JsonNode section = stored == null ? JsonNodeFactory.instance.objectNode() : stored;
        Map<String, String> values = new LinkedHashMap<>();
        spec.fields().forEach(f -> values.put(f.key(), text(section.get(f.key()))));
        Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();
        Set<String> none = new TreeSet<>();
        for (ListOf list : spec.lists()) {
            JsonNode array = section.get(list.key());
            List<Map<String, String>> rows = new ArrayList<>();
            if (array != null && array.isArray()) {
                for (JsonNode item : array) {
                    Map<String, String> row = new LinkedHashMap<>();
                    list.fields().forEach(f -> row.put(f.key(), text(item.get(f.key()))));
                    rows.add(row);
                }
                if (array.isEmpty()) {
                    none.add(list.key());
                }
            }
            lists.put(list.key(), rows);
        }
        return new SectionForm(values, lists, none);
    }

    static SectionForm empty(SectionSpec spec) {
        return of(spec, null);
    }

    ObjectNode toJson(SectionSpec spec) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        spec.fields().forEach(f -> put(json, f, values.get(f.key())));
        for (ListOf list : spec.lists()) {
            List<Map<String, String>> rows = lists.get(list.key());
            if (!rows.isEmpty() || none.contains(list.key())) {
                ArrayNode array = json.putArray(list.key());
                for (Map<String, String> row : rows) {
                    ObjectNode item = array.addObject();
                    list.fields().forEach(f -> put(item, f, row.get(f.key())));
                }
            }
        }
        return json;
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public List<Map<String, String>> rows(String key) {
        return lists.getOrDefault(key, List.of());
    }

    public boolean isNone(String key) {
        return none.contains(key);
    }

    private static List<Map<String, String>> rows(ListOf list, MultiValueMap<String, String> params) {
        int count = list.fields().stream().mapToInt(f -> size(params.get(list.key() + "." + f.key())))
                .max().orElse(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (Field f : list.fields()) {
                List<String> column = params.get(list.key() + "." + f.key());
                row.put(f.key(), column != null && i < column.size() ? trimmed(column.get(i)) : "");
            }
            if (row.values().stream().anyMatch(v -> !v.isEmpty())) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    /** A number or boolean is sent as one when it reads as one; otherwise as text, which the pathway then names. */
    static void put(ObjectNode json, Field field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        switch (field.kind()) {
            case NUMBER -> {
                BigDecimal number = number(raw);
                if (number == null) {
                    json.put(field.key(), raw);
                } else if (number.scale() <= 0) {
                    json.put(field.key(), number.longValueExact());
                } else {
                    json.put(field.key(), number.doubleValue());
                }
            }
            case BOOLEAN -> {
                if (raw.equals("true") || raw.equals("false")) {
                    json.put(field.key(), Boolean.parseBoolean(raw));
                } else {
                    json.put(field.key(), raw);
                }
            }
            case TEXT -> json.put(field.key(), raw);
        }
    }

    private static BigDecimal number(String raw) {
        try {
            BigDecimal number = new BigDecimal(raw.replace(',', '.'));
            return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? null
                    : number;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
