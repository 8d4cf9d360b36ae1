package org.mscpathway.platform.cases;

import java.time.LocalDate;

/** Bodies of the case endpoints as API clients send them; investigations are dated relative to today. */
public final class CaseBodies {

    public static final String MRN = "MRN-API-7781";
    public static final String BIRTH_DATE = "1968-04-12";

    private CaseBodies() {
    }

    public static String openCase() {
        return openCase("male", BIRTH_DATE, "knee-osteoarthritis");
    }

    public static String openCase(String sex, String birthDate, String indication) {
        return """
                {"patient": {"reference": "%s", "birthDate": "%s", "sex": "%s", "weightKg": 72.0, "heightCm": 172},
                 "indication": "%s"}""".formatted(MRN, birthDate, sex, indication);
    }

    public static String history() {
        return history("unknown");
    }

    public static String history(String pregnancy) {
        return """
                {"conditions": [], "medications": [], "allergies": [], "pregnancy": "%s", "lactating": false}"""
                .formatted(pregnancy);
    }

    public static String exam() {
        return """
                {"temperatureC": 36.6, "heartRateBpm": 70, "systolicMmHg": 126, "diastolicMmHg": 80,
                 "spo2Percent": 98, "nyhaClass": 1, "ecog": 0}""";
    }

    public static String investigations() {
        return investigations(true);
    }

    /** Normal serology (HIV, HBsAg, anti-HCV, syphilis) and blood counts a week old; without leukocytes the evaluation asks for them. */
    public static String investigations(boolean withLeukocytes) {
        String date = LocalDate.now().minusDays(7).toString();
        String leukocytes = withLeukocytes
                ? "{\"loinc\": \"6690-2\", \"value\": 6.4, \"unit\": \"10*9/L\", \"date\": \"%s\"},".formatted(date)
                : "";
        return """
                {"observations": [
                   {"loinc": "56888-1", "value": "negative", "date": "%1$s"},
                   {"loinc": "5196-1", "value": "negative", "date": "%1$s"},
                   {"loinc": "16128-1", "value": "negative", "date": "%1$s"},
                   {"loinc": "20507-0", "value": "negative", "date": "%1$s"},
                   %2$s
                   {"loinc": "751-8", "value": 3.8, "unit": "10*9/L", "date": "%1$s"},
                   {"loinc": "777-3", "value": 240, "unit": "10*9/L", "date": "%1$s"}],
                 "imaging": []}""".formatted(date, leukocytes);
    }

    public static String approve() {
        return """
                {"decision": "approve", "comment": "benefit outweighs risk",
                 "consent": {"obtainedOn": "%s", "formVersion": "v1"}}""".formatted(LocalDate.now());
    }

    public static String decision(String code, String comment) {
        return "{\"decision\": \"%s\", \"comment\": \"%s\"}".formatted(code, comment);
    }
}
