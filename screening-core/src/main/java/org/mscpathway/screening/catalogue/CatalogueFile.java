package org.mscpathway.screening.catalogue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.plan.IndicationProfile;

/**
 * Reads a catalogue file and checks every key of it, collecting all problems so that a governance reviewer fixes
 * a file in one pass. The only place that knows the file's JSON layout.
 */
final class CatalogueFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern INDICATION_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP_LEVEL = Set.of("rulesetVersion", "description", "thresholds", "codes",
            "drugClasses", "products", "rules", "indications");

    private final String sourceName;
    private final List<String> problems = new ArrayList<>();

    CatalogueFile(String sourceName) {
        this.sourceName = sourceName;
    }

    Catalogue parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw refused("not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw refused("(root): must be a JSON object");
        }
        unknownKeys(root, "", TOP_LEVEL);
        String version = text(root, "rulesetVersion");
        Map<Threshold, Double> thresholdValues = thresholds(root.path("thresholds"), "thresholds", true);
        Map<CodeList, CodeSet> codes = codes(root.path("codes"));
        Map<String, List<String>> drugClasses = drugClasses(root.path("drugClasses"));
        Map<String, List<ProductComponent>> products = products(root.path("products"), drugClasses);
        List<RuleDescription> rules = rules(root.path("rules"));
        List<IndicationProfile> indications = indications(root.path("indications"), products.keySet(), rules);
        if (problems.isEmpty()) {
            crossCheck(thresholdValues, "thresholds");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(sourceName, problems);
        }
        Thresholds thresholds = new Thresholds(thresholdValues);
        Catalogue catalogue = new Catalogue(version, rules, thresholds, codes, products, indications);
        for (int i = 0; i < indications.size(); i++) {
            crossCheck(toEnumMap(catalogue.thresholdsFor(indications.get(i))), "indications[" + i + "].overrides.thresholds");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(sourceName, problems);
        }
        return catalogue;
    }

    private InvalidCatalogueException refused(String problem) {
        return new InvalidCatalogueException(sourceName, List.of(problem));
    }

    // ---- thresholds

    /** Flattens nested objects to keys such as {@code cardiac.lvefAbsoluteBelowPercent}. */
    private Map<Threshold, Double> thresholds(JsonNode node, String path, boolean complete) {
        Map<Threshold, Double> values = new EnumMap<>(Threshold.class);
        if (!isObject(node, path)) {
            return values;
        }
        flatten(node, "", path, values);
        if (complete) {
            for (Threshold threshold : Threshold.values()) {
                if (!values.containsKey(threshold) && !hasProblemAt(path + "." + threshold.key())) {
                    problems.add(path + "." + threshold.key() + ": missing");
                }
            }
        }
        return values;
    }

    private void flatten(JsonNode node, String prefix, String path, Map<Threshold, Double> values) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = prefix + field.getKey();
            if (field.getValue().isObject()) {
                flatten(field.getValue(), key + ".", path, values);
                continue;
            }
            Threshold threshold = Threshold.forKey(key);
            if (threshold == null) {
                problems.add(path + "." + key + ": unknown threshold");
                continue;
            }
            JsonNode value = field.getValue();
            String problem = value.isNumber() ? threshold.problemWith(value.doubleValue())
                    : threshold.problemWith(Double.NaN);
            if (problem != null) {
                problems.add(path + "." + key + ": " + problem);
            } else {
                values.put(threshold, value.doubleValue());
            }
        }
    }

    private boolean hasProblemAt(String path) {
        return problems.stream().anyMatch(p -> p.startsWith(path + ":"));
    }

    private void crossCheck(Map<Threshold, Double> t, String path) {
        order(t, Threshold.LVEF_ABSOLUTE_BELOW_PERCENT, Threshold.LVEF_RELATIVE_BELOW_PERCENT, path);
        order(t, Threshold.NYHA_RELATIVE_FROM_CLASS, Threshold.NYHA_ABSOLUTE_FROM_CLASS, path);
        order(t, Threshold.CHILDBEARING_AGE_FROM_YEARS, Threshold.CHILDBEARING_AGE_TO_YEARS, path);
        order(t, Threshold.MINOR_BELOW_YEARS, Threshold.ELDERLY_FROM_YEARS, path);
        order(t, Threshold.PLATELETS_ABSOLUTE_BELOW, Threshold.PLATELETS_RELATIVE_BELOW, path);
        order(t, Threshold.SPO2_ABSOLUTE_BELOW, Threshold.SPO2_RELATIVE_BELOW, path);
    }

    private void order(Map<Threshold, Double> t, Threshold lower, Threshold higher, String path) {
        if (t.get(lower) > t.get(higher)) {
            problems.add(path + "." + lower.key() + ": must not exceed " + higher.key());
        }
    }

    private static Map<Threshold, Double> toEnumMap(Thresholds thresholds) {
        Map<Threshold, Double> values = new EnumMap<>(Threshold.class);
        for (Threshold threshold : Threshold.values()) {
            values.put(threshold, thresholds.value(threshold));
        }
        return values;
    }

    // ---- code sets, drug classes, products

    private Map<CodeList, CodeSet> codes(JsonNode node) {
        Map<CodeList, CodeSet> codes = new EnumMap<>(CodeList.class);
        if (!isObject(node, "codes")) {
            return codes;
        }
        Set<String> known = new HashSet<>();
        for (CodeList list : CodeList.values()) {
            known.add(list.key());
            String path = "codes." + list.key();
            List<String> entries = strings(node.path(list.key()), path, false);
            if (entries == null) {
                continue;
            }
            try {
                codes.put(list, CodeSet.of(list.system(), entries));
            } catch (IllegalArgumentException e) {
                problems.add(path + ": " + e.getMessage());
            }
        }
        unknownKeys(node, "codes.", known);
        return codes;
    }

    private Map<String, List<String>> drugClasses(JsonNode node) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        if (!isObject(node, "drugClasses")) {
            return classes;
        }
        node.properties().forEach(field -> {
            List<String> members = strings(field.getValue(), "drugClasses." + field.getKey(), false);
            if (members != null) {
                classes.put(field.getKey(), members);
            }
        });
        return classes;
    }

    private Map<String, List<ProductComponent>> products(JsonNode node, Map<String, List<String>> drugClasses) {
        Map<String, List<ProductComponent>> products = new LinkedHashMap<>();
        if (!isObject(node, "products")) {
            return products;
        }
        node.properties().forEach(product -> {
            String path = "products." + product.getKey();
            if (!isObject(product.getValue(), path)) {
                return;
            }
            unknownKeys(product.getValue(), path + ".", Set.of("components"));
            JsonNode components = product.getValue().path("components");
            if (!isArray(components, path + ".components")) {
                return;
            }
            List<ProductComponent> parsed = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                ProductComponent component = component(components.get(i), path + ".components[" + i + "]", drugClasses);
                if (component != null) {
                    parsed.add(component);
                }
            }
            products.put(product.getKey(), parsed);
        });
        return products;
    }

    private ProductComponent component(JsonNode node, String path, Map<String, List<String>> drugClasses) {
        if (!isObject(node, path)) {
            return null;
        }
        unknownKeys(node, path + ".", Set.of("name", "synonyms", "drugClasses", "atc"));
        String name = text(node, "name", path);
        List<String> atc = optionalStrings(node.path("atc"), path + ".atc");
        try {
            CodeSet.of(CodeSet.System.ATC, atc);
        } catch (IllegalArgumentException e) {
            problems.add(path + ".atc: " + e.getMessage());
            return null;
        }
        List<String> names = new ArrayList<>(optionalStrings(node.path("synonyms"), path + ".synonyms"));
        for (String drugClass : optionalStrings(node.path("drugClasses"), path + ".drugClasses")) {
            List<String> members = drugClasses.get(drugClass);
            if (members == null) {
                problems.add(path + ".drugClasses: unknown drug class '" + drugClass + "' (not under drugClasses)");
            } else {
                names.add(drugClass);
                names.addAll(members);
            }
        }
        return name == null ? null : new ProductComponent(name, names, atc);
    }

    // ---- rules

    private List<RuleDescription> rules(JsonNode node) {
        List<RuleDescription> rules = new ArrayList<>();
        if (!isArray(node, "rules")) {
            return rules;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "rules[" + i + "]";
            JsonNode rule = node.get(i);
            if (!isObject(rule, path)) {
                continue;
            }
            unknownKeys(rule, path + ".", Set.of("id", "version", "group", "severity", "title", "rationale",
                    "source", "requiredData"));
            String id = text(rule, "id", path);
            if (id != null && !RULE_ID.matcher(id).matches()) {
                problems.add(path + ".id: must be upper-case words joined by '-', e.g. CARD-LVEF-SEVERE");
                id = null;
            } else if (id != null && !ids.add(id)) {
                problems.add(path + ".id: duplicate rule id " + id);
                id = null;
            }
            String version = text(rule, "version", path);
            RuleGroup group = constant(rule.path("group"), path + ".group", RuleGroup.class);
            Severity severity = constant(rule.path("severity"), path + ".severity", Severity.class);
            String title = text(rule, "title", path);
            String rationale = text(rule, "rationale", path);
            String source = text(rule, "source", path);
            List<String> requiredData = optionalStrings(rule.path("requiredData"), path + ".requiredData");
            if (id != null && version != null && group != null && severity != null && title != null
                    && rationale != null && source != null) {
                rules.add(new RuleDescription(id, version, group, severity, title, rationale, source, requiredData));
            }
        }
        return rules;
    }

    // ---- indications

    private List<IndicationProfile> indications(JsonNode node, Set<String> products, List<RuleDescription> rules) {
        List<IndicationProfile> indications = new ArrayList<>();
        if (!isArray(node, "indications")) {
            return indications;
        }
        Set<String> codes = new HashSet<>();
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(rule -> ruleIds.add(rule.id()));
        for (int i = 0; i < node.size(); i++) {
            String path = "indications[" + i + "]";
            IndicationProfile indication = indication(node.get(i), path, products, ruleIds);
            if (indication != null && !codes.add(indication.code())) {
                problems.add(path + ".code: duplicate indication " + indication.code());
            } else if (indication != null) {
                indications.add(indication);
            }
        }
        if (node.isEmpty()) {
            problems.add("indications: must list at least one indication");
        }
        return indications;
    }

    private IndicationProfile indication(JsonNode node, String path, Set<String> products, Set<String> ruleIds) {
        if (!isObject(node, path)) {
            return null;
        }
        unknownKeys(node, path + ".", Set.of("code", "name", "route", "product", "dose", "fixedCells", "cellsPerKg",
                "maxCellsPerAdministration", "administrations", "intervalWeeks", "monitoring", "overrides"));
        int before = problems.size();
        String code = text(node, "code", path);
        if (code != null && !INDICATION_CODE.matcher(code).matches()) {
            problems.add(path + ".code: must be lower-case words joined by '-', e.g. knee-osteoarthritis");
        }
        String name = text(node, "name", path);
        String route = text(node, "route", path);
        String product = text(node, "product", path);
        if (product != null && !products.contains(product)) {
            problems.add(path + ".product: unknown product '" + product + "' (not under products)");
        }
        String dose = text(node, "dose", path);
        Long fixedCells = positiveLong(node.path("fixedCells"), path + ".fixedCells");
        Long cellsPerKg = positiveLong(node.path("cellsPerKg"), path + ".cellsPerKg");
        if ((fixedCells == null) == (cellsPerKg == null) && problems.size() == before) {
            problems.add(path + ": exactly one of fixedCells and cellsPerKg must be given");
        }
        Long maxCells = positiveLong(node.path("maxCellsPerAdministration"), path + ".maxCellsPerAdministration");
        Long administrations = positiveLong(node.path("administrations"), path + ".administrations");
        if (administrations == null && !hasProblemAt(path + ".administrations")) {
            problems.add(path + ".administrations: missing");
        }
        Long interval = positiveLong(node.path("intervalWeeks"), path + ".intervalWeeks");
        if (administrations != null && administrations > 1 && interval == null && !hasProblemAt(path + ".intervalWeeks")) {
            problems.add(path + ".intervalWeeks: required when there is more than one administration");
        }
        List<String> monitoring = optionalStrings(node.path("monitoring"), path + ".monitoring");
        Map<String, Severity> severities = severityOverrides(node.path("overrides").path("severities"),
                path + ".overrides.severities", ruleIds);
        Map<String, Double> thresholds = new LinkedHashMap<>();
        JsonNode thresholdNode = node.path("overrides").path("thresholds");
        if (!thresholdNode.isMissingNode()) {
            thresholds(thresholdNode, path + ".overrides.thresholds", false)
                    .forEach((threshold, value) -> thresholds.put(threshold.key(), value));
        }
        if (!node.path("overrides").isMissingNode()) {
            unknownKeys(node.path("overrides"), path + ".overrides.", Set.of("severities", "thresholds"));
        }
        if (problems.size() != before) {
            return null;
        }
        return new IndicationProfile(code, name, route, product, dose, fixedCells, cellsPerKg, maxCells,
                administrations.intValue(), interval == null ? null : interval.intValue(), monitoring, severities, thresholds);
    }

    private Map<String, Severity> severityOverrides(JsonNode node, String path, Set<String> ruleIds) {
        Map<String, Severity> overrides = new LinkedHashMap<>();
        if (node.isMissingNode() || !isObject(node, path)) {
            return overrides;
        }
        node.properties().forEach(field -> {
            if (!ruleIds.contains(field.getKey())) {
                problems.add(path + "." + field.getKey() + ": unknown rule id");
                return;
            }
            Severity severity = constant(field.getValue(), path + "." + field.getKey(), Severity.class);
            if (severity != null) {
                overrides.put(field.getKey(), severity);
            }
        });
        return overrides;
    }

    // ---- typed access, each recording a problem by path

    private boolean isObject(JsonNode node, String path) {
        return isPresent(node, path, node.isObject(), "an object");
    }

    private boolean isArray(JsonNode node, String path) {
        return isPresent(node, path, node.isArray(), "an array");
    }

    private boolean isPresent(JsonNode node, String path, boolean ofKind, String kind) {
        if (node.isMissingNode()) {
            problems.add(path + ": missing");
        } else if (!ofKind) {
            problems.add(path + ": must be " + kind);
        }
        return ofKind;
    }

    private String text(JsonNode parent, String key) {
        return text(parent, key, "");
    }

    private String text(JsonNode parent, String key, String path) {
        String at = path.isEmpty() ? key : path + "." + key;
        JsonNode node = parent.path(key);
        if (node.isMissingNode() || node.isNull()) {
            problems.add(at + ": missing");
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(at + ": must be a non-empty string");
            return null;
        }
        return node.asText().trim();
    }

    private List<String> optionalStrings(JsonNode node, String path) {
        if (node.isMissingNode()) {
            return List.of();
        }
        List<String> strings = strings(node, path, true);
        return strings == null ? List.of() : strings;
    }

    private List<String> strings(JsonNode node, String path, boolean mayBeEmpty) {
        if (!isArray(node, path)) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || ProductComponent.normalise(item.asText()).isBlank()) {
                problems.add(path + "[" + i + "]: must be a non-empty string");
            } else {
                strings.add(item.asText().trim());
            }
        }
        if (!mayBeEmpty && node.isEmpty()) {
            problems.add(path + ": must not be empty");
        }
        return strings;
    }

    private Long positiveLong(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong() || node.longValue() < 1) {
            problems.add(path + ": must be a whole number of at least 1");
            return null;
        }
        return node.longValue();
    }

    private <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
            if (node.isTextual() && constant.name().equals(node.asText())) {
                return constant;
            }
        }
        problems.add(path + ": " + (node.isMissingNode() ? "missing; " : "") + "must be one of " + String.join(", ", names));
        return null;
    }

    private void unknownKeys(JsonNode node, String prefix, Set<String> known) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.add(prefix + key + ": unknown key (expected one of " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        });
    }
}
