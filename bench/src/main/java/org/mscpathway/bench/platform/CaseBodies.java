package org.mscpathway.bench.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * Request bodies of one complete case under ruleset 2026.2 for a patient with nothing to find: every item the full
 * evaluation requires is present and within its window (serology incl. syphilis, blood count incl. platelets,
 * lactating stated), so each case runs open → three data steps → plan → approval without a detour. The same bodies
 * as workflow's test {@code CaseData}, written again here: the benchmark is an HTTP client of the platform and
 * depends on none of its modules' test code.
 */
final class CaseBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseBodies() {
    }

    /** A made-up reference per case number: benchmark patients only. */
    static ObjectNode open(int caseNumber) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("patient").put("reference", String.format("BENCH-%08d", caseNumber))
                .put("birthDate", "1966-03-0" + (1 + caseNumber % 9)).put("sex", "male").put("weightKg", 72.0)
                .put("heightCm", 172);
        return body.put("indication", "knee-osteoarthritis");
    }

    static ObjectNode medicalHistory() {
        ObjectNode history = JSON.createObjectNode();
        for (String none : new String[] {"conditions", "medications", "allergies"}) {
            history.putArray(none);
        }
        return history.put("pregnancy", "unknown").put("lactating", false);
    }

    static ObjectNode physicalExam() {
        return JSON.createObjectNode().put("temperatureC", 36.6).put("heartRateBpm", 70).put("systolicMmHg", 126)
                .put("diastolicMmHg", 80).put("spo2Percent", 98).put("nyhaClass", 1).put("ecog", 0);
    }

    /** Normal results dated a week ago: inside every window (blood count 30 days, serology 90). */
    static ObjectNode investigations() {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode observations = body.putArray("observations");
        String date = LocalDate.now().minusDays(7).toString();
        for (String serology : new String[] {"56888-1", "5196-1", "16128-1", "20507-0"}) {
            observations.addObject().put("loinc", serology).put("value", "negative").put("date", date);
        }
        // leukocytes, neutrophils, platelets and CRP: LOINC, value, unit
        for (Object[] count : new Object[][] {{"6690-2", 6.4, "10*9/L"}, {"751-8", 3.8, "10*9/L"},
                {"777-3", 240.0, "10*9/L"}, {"1988-5", 2.1, "mg/L"}}) {
            observations.addObject().put("loinc", (String) count[0]).put("value", (Double) count[1])
                    .put("unit", (String) count[2]).put("date", date);
        }
        body.putArray("imaging");
        return body;
    }

    static ObjectNode approval() {
        ObjectNode decision = JSON.createObjectNode();
        decision.put("decision", "approve");
        decision.put("comment", "plan approved (load benchmark)");
        decision.putObject("consent").put("obtainedOn", LocalDate.now().toString()).put("formVersion", "v1");
        return decision;
    }
}
