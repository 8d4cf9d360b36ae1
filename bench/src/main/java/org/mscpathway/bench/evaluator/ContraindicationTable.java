package org.mscpathway.bench.evaluator;

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

    private final List<Input> inputs = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    private ContraindicationTable() {
    }

    static ContraindicationTable ruleset20262() {
        ContraindicationTable t = new ContraindicationTable();
        t.flag("PREG-PREGNANT", "ABSOLUTE", "pregnant");
        t.flag("PREG-HCG-POSITIVE", "ABSOLUTE", "hcgPositive");
        t.flag("PREG-LACTATING", "ABSOLUTE", "lactating");

        t.flag("MAL-ACTIVE", "ABSOLUTE", "activeMalignancy");
        t.flag("MAL-ANTINEOPLASTIC", "ABSOLUTE", "antineoplasticTherapy");
        t.flag("MAL-IMAGING-SUSPICIOUS", "ABSOLUTE", "imagingSuspiciousForMalignancy");
        t.flag("MAL-RECENT", "RELATIVE", "recentMalignancy");
        t.flag("MAL-GENETIC-SUSCEPTIBILITY", "RELATIVE", "geneticSusceptibility");
        t.test("MAL-TUMOUR-MARKER", "RELATIVE", "ceaNgMl", "double", "> 5");
        t.test("MAL-TUMOUR-MARKER", "RELATIVE", "psaNgMl", "double", "> 4");
        t.test("MAL-TUMOUR-MARKER", "RELATIVE", "afpNgMl", "double", "> 10");
        t.test("MAL-TUMOUR-MARKER", "RELATIVE", "ca125UMl", "double", "> 35");
        t.flag("MAL-UNCERTAIN-BEHAVIOUR", "ABSOLUTE", "uncertainBehaviourNeoplasm");
        t.flag("MAL-ENDOCRINE-THERAPY", "ABSOLUTE", "endocrineTherapy");
        t.flag("MAL-HISTORY-RECENT", "RELATIVE", "recentMalignancyHistory");

        t.flag("AUTO-ACTIVE", "RELATIVE", "activeSystemicAutoimmune");
        t.flag("AUTO-IMMUNE-MEDIATED-ACTIVE", "RELATIVE", "activeImmuneMediated");

        t.flag("INF-ACTIVE-SEVERE", "ABSOLUTE", "activeSepsisOrTuberculosis");
        t.test("INF-FEVER", "ABSOLUTE", "temperatureC", "double", ">= 38");
        t.test("INF-PROCALCITONIN", "ABSOLUTE", "procalcitoninNgMl", "double", ">= 0.5");
        t.flag("INF-SEROLOGY-POSITIVE", "ABSOLUTE", "hivPositive");
        t.flag("INF-SEROLOGY-POSITIVE", "ABSOLUTE", "hbsagPositive");
        t.flag("INF-SEROLOGY-POSITIVE", "ABSOLUTE", "hcvPositive");
        t.flag("INF-SEROLOGY-POSITIVE", "ABSOLUTE", "syphilisPositive");
        t.flag("INF-ANTIBIOTIC", "RELATIVE", "recentAntibiotic");
        t.flag("INF-IMMUNOSUPPRESSED", "RELATIVE", "immunosuppressant");
        t.test("INF-IMMUNOSUPPRESSED", "RELATIVE", "neutrophils10e9L", "double", "< 1.5");
        t.test("INF-IMMUNOSUPPRESSED", "RELATIVE", "leukocytes10e9L", "double", "< 3");
        t.test("INF-CRP", "RELATIVE", "crpMgL", "double", "> 10");
        t.flag("INF-RECENT-SEPSIS", "RELATIVE", "recentSepsis");
        t.flag("INF-HIV-DISEASE", "ABSOLUTE", "hivDisease");
        t.flag("INF-CHRONIC-HEPATITIS", "ABSOLUTE", "chronicViralHepatitis");
        t.flag("INF-BONE-JOINT", "ABSOLUTE", "activeBoneJointInfection");
        t.flag("INF-ENDOCARDITIS", "ABSOLUTE", "activeEndocarditis");
        t.flag("INF-ACTIVE-INFECTIOUS-DISEASE", "ABSOLUTE", "activeInfectiousDisease");
        t.flag("INF-TB-UNDER-TREATMENT", "ABSOLUTE", "tuberculosisUnderTreatment");
        t.flag("INF-ANTIMICROBIAL", "RELATIVE", "recentAntimicrobial");
        t.flag("INF-OTHER-ACTIVE", "RELATIVE", "otherActiveInfection");
        t.flag("INF-SUPERFICIAL", "RELATIVE", "activeSuperficialInfection");
        t.flag("INF-IMMUNODEFICIENCY", "RELATIVE", "immunodeficiency");
        t.flag("INF-LIVE-VACCINE", "RELATIVE", "recentLiveVaccine");

        t.test("CARD-NYHA-SEVERE", "ABSOLUTE", "nyhaClass", "integer", ">= 3");
        t.test("CARD-LVEF-SEVERE", "ABSOLUTE", "lvefPercent", "double", "< 35");
        t.flag("CARD-RECENT-ACS", "ABSOLUTE", "recentAcuteCoronary");
        t.test("CARD-NYHA-II", "RELATIVE", "nyhaClass", "integer", "2");
        t.test("CARD-LVEF-REDUCED", "RELATIVE", "lvefPercent", "double", "[35..50[");
        t.flag("CARD-CORONARY", "RELATIVE", "coronaryDisease");
        t.row("CARD-HEART-FAILURE", "RELATIVE", Map.of("heartFailure", "true", "nyhaClass", "< 3"));
        t.test("CARD-HYPERTENSION", "RELATIVE", "systolicMmHg", "integer", ">= 180");
        t.test("CARD-HYPERTENSION", "RELATIVE", "diastolicMmHg", "integer", ">= 110");
        t.test("CARD-NATRIURETIC-PEPTIDE", "RELATIVE", "ntProBnpPgMl", "double", "> 900");
        t.test("CARD-NATRIURETIC-PEPTIDE", "RELATIVE", "bnpPgMl", "double", "> 400");
        t.flag("CARD-OLD-MI-RECENT", "ABSOLUTE", "oldInfarctionRecent");
        t.flag("CARD-THROMBOEMBOLISM", "RELATIVE", "recentThromboembolism");

        t.test("ALG-COMPONENT-SEVERE", "ABSOLUTE", "componentAllergySeverity", "string", "\"severe\"");
        t.test("ALG-COMPONENT-MODERATE", "RELATIVE", "componentAllergySeverity", "string", "\"moderate\"");

        t.test("COAG-PLATELETS-SEVERE", "ABSOLUTE", "platelets10e9L", "double", "< 20");
        t.test("COAG-PLATELETS-LOW", "RELATIVE", "platelets10e9L", "double", "[20..50[");
        t.test("COAG-INR", "RELATIVE", "inr", "double", "> 1.5");
        t.test("COAG-ANAEMIA", "RELATIVE", "haemoglobinGdL", "double", "< 8");
        t.flag("COAG-DEFECT", "RELATIVE", "coagulationDefect");
        t.input("route", "string");
        t.row("COAG-ANTICOAGULANT-INTRA-ARTICULAR", "RELATIVE",
                Map.of("therapeuticAnticoagulant", "true", "route", "\"intra-articular\""));

        t.test("ORG-RENAL", "RELATIVE", "egfr", "double", "< 30");
        t.test("ORG-TRANSAMINASES", "RELATIVE", "altUL", "double", "> 120");
        t.test("ORG-TRANSAMINASES", "RELATIVE", "astUL", "double", "> 120");
        t.test("ORG-BILIRUBIN", "RELATIVE", "bilirubinMgDl", "double", "> 2.4");
        t.input("spo2Percent", "integer");
        t.row("ORG-HYPOXAEMIA-INTRAVENOUS", "ABSOLUTE", Map.of("spo2Percent", "< 85", "route", "\"intravenous\""));
        t.flag("ORG-KIDNEY-FAILURE", "RELATIVE", "kidneyFailure");
        t.input("creatinineMgDl", "double");
        t.input("egfrKnown", "boolean");
        t.row("ORG-CREATININE", "RELATIVE", Map.of("creatinineMgDl", "> 3", "egfrKnown", "false"));
        t.flag("ORG-HEPATIC-FAILURE", "RELATIVE", "hepaticFailure");
        t.test("ORG-HYPOXAEMIA", "RELATIVE", "spo2Percent", "integer", "[85..90[");
        t.row("ORG-HYPOXAEMIA", "RELATIVE", Map.of("spo2Percent", "< 85", "route", "\"intra-articular\""));
        t.test("ORG-HBA1C", "RELATIVE", "hba1cPercent", "double", "> 10");

        t.test("AGE-MINOR", "RELATIVE", "ageYears", "integer", "< 18");
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

    private void flag(String ruleId, String severity, String input) {
        test(ruleId, severity, input, "boolean", "true");
    }

    private void test(String ruleId, String severity, String input, String typeRef, String test) {
        input(input, typeRef);
        row(ruleId, severity, Map.of(input, test));
    }

    private void input(String name, String typeRef) {
        for (Input existing : inputs) {
            if (existing.name().equals(name)) {
                return;
            }
        }
        inputs.add(new Input(name, typeRef));
    }

    private void row(String ruleId, String severity, Map<String, String> tests) {
        for (String column : tests.keySet()) {
            if (inputs.stream().noneMatch(input -> input.name().equals(column))) {
                input(column, "boolean");
            }
        }
        rows.add(new Row(ruleId, severity, new LinkedHashMap<>(tests)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
