package org.mscpathway.bench.evaluator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ABSOLUTE and RELATIVE rules of ruleset 2026.2 (docs/clinical-rules.md) as one DMN decision table, hit policy
 * COLLECT, output the rule id and its severity. It works on facts extracted beforehand ({@link ExtractedFacts}):
 * code-set matching (ICD-10 and ATC ranges), result windows, unit conversion, allergy name matching, missing-data
 * detection and evidence stay outside the table, so the table does less than the evaluator. A rule with alternative
 * conditions (any tumour marker above its limit) takes one row per alternative. Thresholds are the catalogue's.
 */
final class ContraindicationTable {

    /** An input column: a variable of that name and type. */
    record Input(String name, String typeRef) {
    }

    /**
     * A row: the rule it fires, and its tests on some columns. The other cells are empty, which Camunda skips without
     * evaluating; FEEL's "-" means the same but is evaluated in every cell (12 to 20 times slower here).
     */
    record Row(String ruleId, String severity, Map<String, String> tests) {
    }

    static final String DECISION = "contraindications";
    static final String RULESET = "contraindications-2026.2.txt";

    private final List<Input> inputs = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    private ContraindicationTable() {
    }

    /** The rows of {@value #RULESET}, read from the resource of that name next to this class. */
    static ContraindicationTable ruleset20262() {
        ContraindicationTable t = new ContraindicationTable();
        try (InputStream in = ContraindicationTable.class.getResourceAsStream(RULESET)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(t::row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    List<Input> inputs() {
        return List.copyOf(inputs);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The rule ids the table can fire. */
    java.util.Set<String> ruleIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        rows.forEach(row -> ids.add(row.ruleId()));
        return ids;
    }

    /** The rule groups, in table order: the prefix of each rule id (PREG, MAL, AUTO, INF, CARD, ALG, COAG, ORG, AGE). */
    List<String> groups() {
        return rows.stream().map(ContraindicationTable::group).distinct().toList();
    }

    static String group(Row row) {
        return row.ruleId().substring(0, row.ruleId().indexOf('-'));
    }

    /**
     * DMN 1.3 XML. One table: decision {@value #DECISION} holds every row and every column. Per group: one decision
     * per rule group, named after it, holding that group's rows and only the columns they test (a tenth of the
     * cells; the caller evaluates all of them). Input expressions are the variable names, in the engine's default
     * expression language.
     */
    String toXml(boolean perGroup) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="msc-contraindications" \
                name="MSC contraindications 2026.2" namespace="https://mscpathway.org/bench">
                """);
        if (perGroup) {
            for (String group : groups()) {
                List<Row> groupRows = rows.stream().filter(row -> group(row).equals(group)).toList();
                List<Input> columns = inputs.stream()
                        .filter(input -> groupRows.stream().anyMatch(row -> row.tests().containsKey(input.name())))
                        .toList();
                decision(xml, group, columns, groupRows);
            }
        } else {
            decision(xml, DECISION, inputs, rows);
        }
        return xml.append("</definitions>\n").toString();
    }

    private static void decision(StringBuilder xml, String id, List<Input> columns, List<Row> decisionRows) {
        xml.append("  <decision id=\"").append(id).append("\" name=\"").append(id)
                .append(" contraindications, ruleset 2026.2\">\n    <decisionTable id=\"table_").append(id)
                .append("\" hitPolicy=\"COLLECT\">\n");
        for (Input input : columns) {
            xml.append("      <input id=\"in_").append(id).append('_').append(input.name()).append("\" label=\"")
                    .append(input.name()).append("\"><inputExpression id=\"ie_").append(id).append('_')
                    .append(input.name()).append("\" typeRef=\"").append(input.typeRef()).append("\"><text>")
                    .append(input.name()).append("</text></inputExpression></input>\n");
        }
        xml.append("      <output id=\"ruleId_").append(id).append("\" name=\"ruleId\" typeRef=\"string\"/>\n")
                .append("      <output id=\"severity_").append(id).append("\" name=\"severity\" typeRef=\"string\"/>\n");
        int n = 0;
        for (Row row : decisionRows) {
            n++;
            xml.append("      <rule id=\"").append(id).append("_r").append(n).append("\">");
            for (Input input : columns) {
                xml.append("<inputEntry><text>").append(escape(row.tests().getOrDefault(input.name(), "")))
                        .append("</text></inputEntry>");
            }
            xml.append("<outputEntry><text>\"").append(row.ruleId()).append("\"</text></outputEntry>")
                    .append("<outputEntry><text>\"").append(row.severity()).append("\"</text></outputEntry></rule>\n");
        }
        xml.append("    </decisionTable>\n  </decision>\n");
    }

    /** One line of the resource: {@code rule id | severity | column[:type] [test]; ...}. */
    private void row(String line) {
        String[] fields = line.split("\\|", 3);
        Map<String, String> tests = new LinkedHashMap<>();
        for (String cell : fields[2].split(";")) {
            String[] columnAndTest = cell.strip().split(" ", 2);
            String[] nameAndType = columnAndTest[0].split(":", 2);
            input(nameAndType[0], nameAndType.length > 1 ? nameAndType[1] : "boolean");
            tests.put(nameAndType[0], columnAndTest.length > 1 ? columnAndTest[1].strip() : "true");
        }
        rows.add(new Row(fields[0].strip(), fields[1].strip(), tests));
    }

    private void input(String name, String typeRef) {
        for (Input existing : inputs) {
            if (existing.name().equals(name)) {
                return;
            }
        }
        inputs.add(new Input(name, typeRef));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
