package org.mscpathway.screening.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.assessment.TreatmentPlan;
import org.mscpathway.screening.assessment.UncountedResult;
import org.mscpathway.screening.catalogue.CodeList;
import org.mscpathway.screening.catalogue.RuleDescription;
import org.mscpathway.screening.catalogue.Threshold;
import org.mscpathway.screening.plan.IndicationProfile;

/**
 * The JSON shapes of docs/clinical-rules.md for what screening produces: the evaluation ({@code outcome}, {@code rulesetVersion},
 * {@code findings}, {@code missing}, {@code plan} when there is one), the treatment plan, the rules and the
 * indications; and the plan read back from its JSON, as the workflow stores it. Thread-safe.
 */
public final class ScreeningJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScreeningJson() {
    }

    public static ObjectNode toJson(Assessment assessment) {
        ObjectNode json = NODES.objectNode();
        json.put("outcome", assessment.outcome().name());
        json.put("rulesetVersion", assessment.rulesetVersion());
        ArrayNode findings = json.putArray("findings");
        for (Finding finding : assessment.findings()) {
            findings.add(toJson(finding));
        }
        ArrayNode missing = json.putArray("missing");
        for (MissingData item : assessment.missing()) {
            missing.addObject().put("item", item.item()).put("reason", item.reason());
        }
        assessment.treatmentPlan().ifPresent(plan -> json.set("plan", toJson(plan)));
        ArrayNode notCounted = json.putArray("notCounted");
        for (UncountedResult result : assessment.notCounted()) {
            notCounted.addObject().put("item", result.item()).put("reason", result.reason());
        }
        return json;
    }

    public static ObjectNode toJson(Finding finding) {
        ObjectNode json = NODES.objectNode();
        json.put("ruleId", finding.ruleId());
        json.put("group", finding.group().name());
        json.put("severity", finding.severity().name());
        json.put("title", finding.title());
        json.put("rationale", finding.rationale());
        ArrayNode evidence = json.putArray("evidence");
        for (Evidence item : finding.evidence()) {
            evidence.addObject().put("item", item.item()).put("value", item.value());
        }
        return json;
    }

    public static ObjectNode toJson(TreatmentPlan plan) {
        ObjectNode json = NODES.objectNode();
        json.put("indication", plan.indication());
        json.put("route", plan.route());
        json.put("product", plan.product());
        json.put("cellsPerAdministration", plan.cellsPerAdministration());
        json.put("administrations", plan.administrations());
        json.put("intervalWeeks", plan.intervalWeeks());
        strings(json.putArray("premedication"), plan.premedication());
        strings(json.putArray("monitoring"), plan.monitoring());
        ArrayNode adjustments = json.putArray("adjustments");
        for (PlanAdjustment adjustment : plan.adjustments()) {
            adjustments.addObject().put("ruleId", adjustment.ruleId()).put("change", adjustment.change());
        }
        return json;
    }

    /** {@code {"rulesetVersion": ..., "rules": [{"id", "version", "group", "severity", "title", "rationale", "source", "requiredData"}]}}. */
    public static ObjectNode rulesToJson(Screening screening) {
        ObjectNode json = NODES.objectNode().put("rulesetVersion", screening.rulesetVersion());
        ArrayNode rules = json.putArray("rules");
        for (RuleDescription rule : screening.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("version", rule.version());
            node.put("group", rule.group().name());
            node.put("severity", rule.severity().name());
            node.put("title", rule.title());
            node.put("rationale", rule.rationale());
            node.put("source", rule.source());
            strings(node.putArray("requiredData"), rule.requiredData());
        }
        return json;
    }

    /** {@code {"rulesetVersion": ..., "indications": [{"code", "name", "route", "product", "dose", ...}]}}. */
    public static ObjectNode indicationsToJson(Screening screening) {
        ObjectNode json = NODES.objectNode().put("rulesetVersion", screening.rulesetVersion());
        ArrayNode indications = json.putArray("indications");
        for (IndicationProfile indication : screening.indications()) {
            ObjectNode node = indications.addObject();
            node.put("code", indication.code());
            node.put("name", indication.name());
            node.put("route", indication.route());
            node.put("product", indication.product());
            node.put("dose", indication.doseDescription());
            if (indication.isWeightBased()) {
                node.put("cellsPerKg", indication.cellsPerKg());
            } else {
                node.put("fixedCells", indication.fixedCells());
            }
            node.put("maxCellsPerAdministration", indication.maxCellsPerAdministration());
            node.put("administrations", indication.administrations());
            node.put("intervalWeeks", indication.intervalWeeks());
            strings(node.putArray("monitoring"), indication.monitoring());
        }
        return json;
    }

    /**
     * The whole catalogue as the {@code rules} command prints it: version, rules, indications, and every threshold
     * (by key) and code set (by key) the rules use.
     */
    public static ObjectNode catalogueToJson(Screening screening) {
        ObjectNode json = rulesToJson(screening);
        json.set("indications", indicationsToJson(screening).get("indications"));
        ObjectNode thresholds = json.putObject("thresholds");
        for (Threshold threshold : Threshold.values()) {
            thresholds.put(threshold.key(), screening.catalogue().thresholds().value(threshold));
        }
        ObjectNode codes = json.putObject("codes");
        for (CodeList list : CodeList.values()) {
            strings(codes.putArray(list.key()), screening.catalogue().codes(list).entries());
        }
        return json;
    }

    public static String toJsonString(Assessment assessment) {
        return write(toJson(assessment), false);
    }

    public static String toJsonString(TreatmentPlan plan) {
        return write(toJson(plan), false);
    }

    /** Indented, for people (the command line). */
    public static String pretty(JsonNode json) {
        return write(json, true);
    }

    /** Reads a plan written by {@link #toJson(TreatmentPlan)}; paths in errors start with {@code plan.}. */
    public static TreatmentPlan readPlan(String json) {
        return readPlan(PatientRecordReader.parse(json));
    }

    public static TreatmentPlan readPlan(JsonNode node) {
        JsonFields fields = new JsonFields();
        String path = "plan";
        if (fields.object(node, path) == null) {
            fields.error(path, "must be an object");
            fields.throwIfAny();
        }
        String indication = fields.text(node, "indication", path, true, false);
        String route = fields.text(node, "route", path, true, false);
        String product = fields.text(node, "product", path, true, false);
        Long cells = positiveLong(node, "cellsPerAdministration", path, fields);
        Integer administrations = fields.integer(node, "administrations", path, 1, 1_000, false);
        if (administrations == null && JsonFields.isAbsent(node.path("administrations"))) {
            fields.error(path + ".administrations", "required");
        }
        Integer interval = fields.integer(node, "intervalWeeks", path, 1, 1_000, false);
        List<String> premedication = strings(node.path("premedication"), path + ".premedication", fields);
        List<String> monitoring = strings(node.path("monitoring"), path + ".monitoring", fields);
        List<PlanAdjustment> adjustments = adjustments(node.path("adjustments"), path + ".adjustments", fields);
        fields.throwIfAny();
        return new TreatmentPlan(indication, route, product, cells, administrations, interval, premedication,
                monitoring, adjustments);
    }

    private static Long positiveLong(JsonNode node, String key, String path, JsonFields fields) {
        JsonNode value = node.path(key);
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToLong() || value.longValue() < 1) {
            fields.error(path + "." + key, "must be a whole number of at least 1 (got "
                    + (JsonFields.isAbsent(value) ? "nothing" : JsonFields.describe(value)) + ")");
            return null;
        }
        return value.longValue();
    }

    private static List<String> strings(JsonNode node, String path, JsonFields fields) {
        List<String> strings = new ArrayList<>();
        JsonNode array = fields.array(node, path);
        if (array == null) {
            return strings;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isTextual()) {
                strings.add(array.get(i).asText());
            } else {
                fields.error(path + "[" + i + "]", "must be a string (got " + JsonFields.describe(array.get(i)) + ")");
            }
        }
        return strings;
    }

    private static List<PlanAdjustment> adjustments(JsonNode node, String path, JsonFields fields) {
        List<PlanAdjustment> adjustments = new ArrayList<>();
        JsonNode array = fields.array(node, path);
        if (array == null) {
            return adjustments;
        }
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonNode item = fields.object(array.get(i), itemPath);
            if (item == null) {
                continue;
            }
            String ruleId = fields.text(item, "ruleId", itemPath, true, false);
            String change = fields.text(item, "change", itemPath, true, false);
            if (ruleId != null && change != null) {
                adjustments.add(new PlanAdjustment(ruleId, change));
            }
        }
        return adjustments;
    }

    private static void strings(ArrayNode array, List<String> strings) {
        strings.forEach(array::add);
    }

    private static String write(JsonNode json, boolean pretty) {
        try {
            return (pretty ? PRETTY : JSON).writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
