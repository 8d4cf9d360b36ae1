package org.mscpathway.platform.ui;

/**
 * The case pages' forms as the walks through the pathway fill them in, in any language (fields are found by id and
 * name, values are codes): one place for what the walks enter alike, so each test shows only what it checks.
 */
final class CaseForms {

    private CaseForms() {
    }

    /** On the new-case page: a man born in 1966 with knee osteoarthritis; waits for his case page. */
    static void openKneeCase(Browser coordinator, String mrn) {
        coordinator.fill("reference", mrn, "birthDate", "1966-05-04", "sex", "male", "weightKg", "82",
                "heightCm", "178", "indication", "knee-osteoarthritis");
        coordinator.submit("new-case-form");
        coordinator.waitForText(By.cssSelector(".patient-header .mrn"), mrn);
    }

    /**
     * The medical history with knee osteoarthritis (M17.0) whose status is left out, no medications and the allergy
     * given as field name and value pairs, sent: the form comes back refused for the missing status.
     */
    static void enterHistoryWithoutTheConditionsStatus(Browser coordinator, String... allergy) {
        coordinator.fill(coordinator.addRow("conditions"), "conditions.icd10", "M17.0");
        coordinator.tick(By.name("medications.none"));
        coordinator.fill(coordinator.addRow("allergies"), allergy);
        coordinator.submit("medical-history-form");
    }

    /** In the medical history: no conditions, no medications, no allergies (the form is not sent yet). */
    static void tickNothingToReport(Browser coordinator) {
        coordinator.tick(By.name("conditions.none"));
        coordinator.tick(By.name("medications.none"));
        coordinator.tick(By.name("allergies.none"));
    }

    /** The exam with normal vital signs, NYHA I and ECOG 0, sent; waits for the lab and imaging form. */
    static void enterNormalExam(Browser coordinator) {
        coordinator.fill("temperatureC", "36.8", "heartRateBpm", "70", "systolicMmHg", "126", "diastolicMmHg", "80",
                "spo2Percent", "98", "nyhaClass", "1", "ecog", "0");
        coordinator.submit("physical-exam-form");
        coordinator.waitFor(By.id("investigations-form"));
    }

    /** The four serology tests the ruleset asks for (HIV, HBsAg, anti-HCV, syphilis), negative on {@code date}. */
    static void enterNegativeSerology(Browser coordinator, String date) {
        for (String loinc : new String[] {"56888-1", "5196-1", "16128-1", "20507-0"}) {
            addResult(coordinator, loinc, "negative", date);
        }
    }

    /** A new row of lab results with the test picked by its LOINC code; the row, to check or change further. */
    static Element addResult(Browser coordinator, String loinc, String value, String date) {
        Element row = coordinator.addRow("observations");
        coordinator.fill(row, "observations.loinc", loinc, "observations.value", value, "observations.date", date);
        return row;
    }

    /** On the plan's review page: the consent obtained on {@code obtainedOn} with form v1, and the plan approved. */
    static void approveWithConsent(Browser physician, String obtainedOn) {
        physician.type(By.id("consentObtainedOn"), obtainedOn);
        physician.type(By.id("consentFormVersion"), "v1");
        physician.click(By.cssSelector("button[value=approve]"));
    }
}
