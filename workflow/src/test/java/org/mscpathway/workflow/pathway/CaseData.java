package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** JSON bodies of the pathway's steps for a patient with nothing to find, to be varied per test. */
public final class CaseData {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The care team the tests' users work in, and so their cases belong to. */
    public static final CareTeams TEAM = CareTeams.of("main");
    /** The users the tests act as, both in {@link #TEAM}. */
    public static final CaseActor COORDINATOR = new CaseActor("coordinator", Role.COORDINATOR, TEAM);
    public static final CaseActor PHYSICIAN = new CaseActor("physician", Role.PHYSICIAN, TEAM);
    static final String MRN = "MRN-WF-4711";
    static final String BIRTH_DATE = "1968-04-12";

    private CaseData() {
    }

    public static ObjectNode patient() {
        return patient(MRN, BIRTH_DATE);
    }

    public static ObjectNode patient(String reference, String birthDate) {
        ObjectNode p = JSON.createObjectNode();
        p.put("reference", reference);
        p.put("birthDate", birthDate);
        p.put("sex", "male");
        p.put("weightKg", 72.0);
        p.put("heightCm", 172);
        return p;
    }

    public static ObjectNode history() {
        ObjectNode h = JSON.createObjectNode();
        h.putArray("conditions");
        h.putArray("medications");
        h.putArray("allergies");
        h.put("pregnancy", "unknown");
        h.put("lactating", false);
        return h;
    }

    public static ObjectNode pregnantHistory() {
        ObjectNode h = history();
        h.put("pregnancy", "pregnant");
        return h;
    }

    public static ObjectNode exam() {
        ObjectNode e = JSON.createObjectNode();
        e.put("temperatureC", 36.6);
        e.put("heartRateBpm", 70);
        e.put("systolicMmHg", 126);
        e.put("diastolicMmHg", 80);
        e.put("spo2Percent", 98);
        e.put("nyhaClass", 1);
        e.put("ecog", 0);
        return e;
    }

    /** Complete, normal investigations dated a week ago. */
    public static ObjectNode investigations() {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode obs = body.putArray("observations");
        String date = LocalDate.now().minusDays(7).toString();
        qualitative(obs, "56888-1", "negative", date);
        qualitative(obs, "5196-1", "negative", date);
        qualitative(obs, "16128-1", "negative", date);
        qualitative(obs, "20507-0", "negative", date);
        quantity(obs, "6690-2", 6.4, "10*9/L", date);
        quantity(obs, "751-8", 3.8, "10*9/L", date);
        quantity(obs, "777-3", 240, "10*9/L", date);
        quantity(obs, "1988-5", 2.1, "mg/L", date);
        body.putArray("imaging");
        return body;
    }

    /** Investigations without the leukocyte count the infection rules require. */
    public static ObjectNode investigationsWithoutLeukocytes() {
        ObjectNode body = investigations();
        ArrayNode obs = (ArrayNode) body.get("observations");
        for (int i = obs.size() - 1; i >= 0; i--) {
            if ("6690-2".equals(obs.get(i).get("loinc").asText())) {
                obs.remove(i);
            }
        }
        return body;
    }

    private static void qualitative(ArrayNode obs, String loinc, String value, String date) {
        ObjectNode o = obs.addObject();
        o.put("loinc", loinc);
        o.put("value", value);
        o.put("date", date);
    }

    private static void quantity(ArrayNode obs, String loinc, double value, String unit, String date) {
        ObjectNode o = obs.addObject();
        o.put("loinc", loinc);
        o.put("value", value);
        o.put("unit", unit);
        o.put("date", date);
    }
}
