package org.mscpathway.bench.evaluator;

import java.util.HashMap;
import java.util.Map;

/**
 * The table's inputs for two scenario records, extracted by hand from the files (assessment date 2026-11-25): what a
 * caller of the DMN table would have to compute before it (code sets, windows, units), done once and not timed.
 * Every column is present; a result the record lacks is null, a condition it lacks is false.
 */
final class ExtractedFacts {

    private ExtractedFacts() {
    }

    static Map<String, Object> of(String scenario, ContraindicationTable table) {
        Map<String, Object> facts = new HashMap<>();
        for (ContraindicationTable.Input input : table.inputs()) {
            facts.put(input.name(), "boolean".equals(input.typeRef()) ? Boolean.FALSE : null);
        }
        // p01 and p11 share every result but the LVEF: normal exam, serology negative, blood count normal
        facts.putAll(Map.of("temperatureC", 36.6, "systolicMmHg", 126, "diastolicMmHg", 80, "spo2Percent", 98));
        facts.putAll(Map.of("leukocytes10e9L", 6.4, "neutrophils10e9L", 3.8, "platelets10e9L", 240.0,
                "haemoglobinGdL", 14.1, "crpMgL", 2.1));
        facts.putAll(Map.of("egfr", 88.0, "egfrKnown", Boolean.TRUE, "altUL", 24.0, "astUL", 22.0,
                "bilirubinMgDl", 0.7, "route", "intra-articular"));
        switch (scenario) {
            case "p01-eligible-knee-oa" -> {
                facts.put("ageYears", 58);
                facts.put("nyhaClass", 1);
            }
            case "p11-heart-failure-nyha-3" -> {
                facts.put("ageYears", 70);
                facts.put("nyhaClass", 3);
                facts.put("heartFailure", Boolean.TRUE);
                facts.put("lvefPercent", 30.0);
            }
            default -> throw new IllegalArgumentException("no extracted facts for scenario " + scenario);
        }
        return facts;
    }
}
