package org.mscpathway.platform.ui.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.mscpathway.platform.cases.EnteredJson;
import org.mscpathway.platform.ui.FieldMessages;
import org.mscpathway.platform.ui.FieldMessages.FieldName;
import org.mscpathway.platform.ui.cases.Terminology.LabChoice;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;
import org.springframework.util.MultiValueMap;

/**
 * "What is missing": the short form of the missing-data step, one row per item the full evaluation named, each
 * pre-filled (the lab test chosen, its unit), saved with one button as one step. The form's fields are named
 * {@code missing[i].value}; what it sends is the case's stored sections with the rows added (a result appended to the
 * stored ones, a temperature or a breastfeeding answer set), so the pathway checks them as their own steps would and
 * names its errors by the record's paths ({@code observations[7].date}), which {@link #messages} names back by row.
 */
final class MissingDataForm {

    /** What a row asks for. {@code FIXED}: recorded when the case was opened, not on a data step (patient data). */
    enum Kind { LAB, TEMPERATURE, LACTATING, LIST, FIXED }

    /**
     * One missing item and what was typed for it. For a lab result, {@code tests} are the codes that report the test
     * (one, or two such as urine and serum hCG), {@code loinc} the one chosen.
     */
    record Row(int index, Kind kind, String item, String reason, List<LabChoice> tests, String loinc,
               String value, String unit, String date) {

        /** The id of the row's input for {@code part} (value, unit, date, loinc, none). */
        public String id(String part) {
            return "missing-" + index + "-" + part;
        }

        /** The name of the row's input for {@code part}, which is also the key of its message. */
        public String field(String part) {
            return "missing[" + index + "]." + part;
        }

        public LabChoice test() {
            return tests.stream().filter(t -> t.loinc().equals(loinc)).findFirst().orElse(tests.get(0));
        }

        /** The list a LIST row answers: conditions, medications or allergies. */
        public String list() {
            return item.substring(item.indexOf('.') + 1);
        }

        boolean entered() {
            return !value.isEmpty() || !date.isEmpty();
        }
    }

    private static final String LAB_ITEM = "LOINC ";
    private static final Set<String> LISTS = Set.of("medicalHistory.conditions", "medicalHistory.medications",
            "medicalHistory.allergies");

    private final List<Row> rows;

    private MissingDataForm(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The rows of the items missing, each item once, pre-filled: the test's preferred code and its unit. */
    static MissingDataForm of(List<MissingData> missing) {
        return read(missing, null);
    }

    /** The rows as posted; a code not among the test's own is read as its preferred one. */
    static MissingDataForm read(List<MissingData> missing, MultiValueMap<String, String> params) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (MissingData item : missing == null ? List.<MissingData>of() : missing) {
            if (!seen.add(item.item())) {
                continue;
            }
            int i = rows.size();
            Kind kind = kind(item.item());
            List<LabChoice> tests = kind == Kind.LAB ? tests(item.item()) : List.of();
            String loinc = tests.isEmpty() ? null : tests.get(0).loinc();
            String unit = tests.isEmpty() || tests.get(0).unit() == null ? "" : tests.get(0).unit();
            String value = "";
            String date = "";
            if (params != null) {
                String posted = text(params, "missing[" + i + "].loinc");
                loinc = tests.stream().anyMatch(t -> t.loinc().equals(posted)) ? posted : loinc;
                value = text(params, "missing[" + i + "]." + (kind == Kind.LIST ? "none" : "value"));
                unit = params.containsKey("missing[" + i + "].unit") ? text(params, "missing[" + i + "].unit") : unit;
                date = text(params, "missing[" + i + "].date");
            }
            rows.add(new Row(i, kind, item.item(), item.reason(), tests, loinc, value, unit, date));
        }
        return new MissingDataForm(rows);
    }

    private static Kind kind(String item) {
        if (item.startsWith(LAB_ITEM) && LabTest.forLoinc(item.substring(LAB_ITEM.length())).isPresent()) {
            return Kind.LAB;
        }
        if (item.equals("physicalExam.temperatureC")) {
            return Kind.TEMPERATURE;
        }
        if (item.equals("medicalHistory.lactating")) {
            return Kind.LACTATING;
        }
        return LISTS.contains(item) ? Kind.LIST : Kind.FIXED;
    }

    private static List<LabChoice> tests(String item) {
        LabTest test = LabTest.forLoinc(item.substring(LAB_ITEM.length())).orElseThrow();
        List<String> codes = new ArrayList<>(test.loincCodes());
        // the item's own code first: it is the one asked for
        codes.remove(item.substring(LAB_ITEM.length()));
        codes.add(0, item.substring(LAB_ITEM.length()));
        return codes.stream().flatMap(code -> Terminology.labTest(code).stream()).toList();
    }

    /** Whether any row can be filled in here (a FIXED row is only shown). */
    public boolean hasRowsToFill() {
        return rows.stream().anyMatch(row -> row.kind() != Kind.FIXED);
    }

    /**
     * The sections to save: {@code {"medicalHistory": …, "physicalExam": …, "investigations": …}}, each only when a
     * row of it was filled in, holding the stored section with the rows added. Empty when nothing was filled in.
     */
    Sections sections(CaseView c) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        Map<String, String> rowOfPath = new HashMap<>();
        ArrayNode observations = null;
        for (Row row : rows) {
            if (!row.entered() || row.kind() == Kind.FIXED) {
                continue;
            }
            switch (row.kind()) {
                case LAB -> {
                    if (observations == null) {
                        ObjectNode investigations = section(body, "investigations",
                                EnteredJson.investigations(c.investigations()));
                        JsonNode existing = investigations.get("observations");
                        observations = existing instanceof ArrayNode array ? array
                                : investigations.putArray("observations");
                    }
                    int at = observations.size();
                    ObjectNode result = observations.addObject();
                    result.put("loinc", row.loinc());
                    SectionForm.put(result, SectionSpec.number("value"), row.value());
                    SectionForm.put(result, SectionSpec.text("unit"), row.unit());
                    SectionForm.put(result, SectionSpec.text("date"), row.date());
                    for (String part : List.of("loinc", "value", "unit", "date")) {
                        rowOfPath.put("observations[" + at + "]." + part, row.field(part));
                    }
                }
                case TEMPERATURE -> {
                    SectionForm.put(section(body, "physicalExam", EnteredJson.physicalExam(c.physicalExam())),
                            SectionSpec.number("temperatureC"), row.value());
                    rowOfPath.put(row.item(), row.field("value"));
                }
                case LACTATING -> {
                    SectionForm.put(section(body, "medicalHistory", EnteredJson.medicalHistory(c.medicalHistory())),
                            SectionSpec.bool("lactating"), row.value());
                    rowOfPath.put(row.item(), row.field("value"));
                }
                case LIST -> {
                    section(body, "medicalHistory", EnteredJson.medicalHistory(c.medicalHistory()))
                            .putArray(row.list());
                    rowOfPath.put(row.item(), row.field("none"));
                }
                default -> throw new IllegalStateException(row.kind() + " is not filled in");
            }
        }
        if (body.has("investigations")) {
            Terminology.addUnits((ObjectNode) body.get("investigations"));
        }
        return new Sections(body, rowOfPath);
    }

    /** What the form sends, and which of its fields each path of the sections came from. */
    record Sections(ObjectNode body, Map<String, String> rowOfPath) {

        boolean isEmpty() {
            return body.isEmpty();
        }

        /**
         * The pathway's messages keyed by the form's own fields where they came from a row, each named by the row's
         * item ("Hepatitis B surface antigen (HBsAg) — LOINC 5196-1: Date") and linked to its input.
         */
        FieldMessages messages(List<FieldError> errors, MissingDataForm form, BiFunction<Row, String, String> label) {
            List<FieldError> keyed = new ArrayList<>();
            Map<String, FieldName> names = new LinkedHashMap<>();
            for (FieldError error : errors) {
                String own = rowOfPath.get(error.field());
                keyed.add(own == null ? error : new FieldError(own, error.message()));
                if (own != null) {
                    Row row = form.rows.get(Integer.parseInt(own.substring(own.indexOf('[') + 1, own.indexOf(']'))));
                    String part = own.substring(own.indexOf("].") + 2);
                    names.put(own, new FieldName(label.apply(row, part), row.id(part)));
                }
            }
            return FieldMessages.of(keyed).naming(names);
        }
    }

    private static ObjectNode section(ObjectNode body, String name, JsonNode stored) {
        if (!body.has(name)) {
            body.set(name, stored instanceof ObjectNode object ? object.deepCopy()
                    : JsonNodeFactory.instance.objectNode());
        }
        return (ObjectNode) body.get(name);
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.trim();
    }
}
