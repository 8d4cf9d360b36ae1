package org.mscpathway.platform.ui.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.terminology.CodeSystem;
import org.mscpathway.screening.terminology.Term;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The picklists of the step forms: the lab tests the evaluator reads (every LOINC code of the terminology table,
 * with its unit), and a few codes of the conditions and medications the rules look for, as suggestions.
 */
final class Terminology {

    /**
     * One choice of the LOINC picklist: each code once, named by the shipped terminology (so the two codes of one
     * test read apart: "Pregnancy test (hCG), urine" and "…, serum"). {@code unit} is the catalogue's unit a
     * value is filled in with (the unit field beside the picker shows it), null for a qualitative test.
     */
    record LabChoice(String loinc, String english, String chinese, String unit) {

        /**
         * The test's name in the reader's language and its code beside it. No unit: a select cannot wrap, and with
         * it the longest name (eGFR's) is cut off on a tablet; the unit field beside it holds the unit.
         */
        public String label() {
            return name() + " — LOINC " + loinc;
        }

        /** The name alone, in the reader's language. */
        public String name() {
            return "zh".equals(LocaleContextHolder.getLocale().getLanguage()) ? chinese : english;
        }
    }

    record Suggestion(String code, String meaning) {
    }

    static final List<LabChoice> LAB_TESTS = labTests();

    /** The units a result may be typed in: each test's own and the spellings the evaluator converts. */
    static final List<String> LAB_UNITS = labUnits();

    static final List<Suggestion> CONDITIONS = List.of(
            new Suggestion("C50.9", "breast cancer"), new Suggestion("C44.9", "non-melanoma skin cancer"),
            new Suggestion("D06.9", "cervical carcinoma in situ"), new Suggestion("Z15.0", "genetic susceptibility"),
            new Suggestion("M32.9", "systemic lupus erythematosus"), new Suggestion("M06.9", "rheumatoid arthritis"),
            new Suggestion("M35.0", "Sjögren syndrome"), new Suggestion("M34.9", "systemic sclerosis"),
            new Suggestion("A41.9", "sepsis"), new Suggestion("A15.0", "tuberculosis"),
            new Suggestion("I21.9", "acute myocardial infarction"), new Suggestion("I20.0", "unstable angina"),
            new Suggestion("I25.10", "coronary artery disease"), new Suggestion("I50.9", "heart failure"),
            new Suggestion("I42.0", "dilated cardiomyopathy"), new Suggestion("E11.9", "type 2 diabetes"),
            new Suggestion("M17.0", "knee osteoarthritis"));

    static final List<Suggestion> MEDICATIONS = List.of(
            new Suggestion("J01CA04", "amoxicillin"), new Suggestion("J01", "systemic antibacterial"),
            new Suggestion("L01", "antineoplastic agent"), new Suggestion("L04AX03", "methotrexate"),
            new Suggestion("H02AB06", "prednisolone"), new Suggestion("A10BA02", "metformin"),
            new Suggestion("C10AA05", "atorvastatin"));

    private Terminology() {
    }

    private static List<LabChoice> labTests() {
        org.mscpathway.screening.terminology.Terminology names =
                org.mscpathway.screening.terminology.Terminology.shipped();
        List<LabChoice> choices = new ArrayList<>();
        for (LabTest test : LabTest.values()) {
            for (String loinc : test.loincCodes()) {
                var term = names.entry(CodeSystem.LOINC, loinc);
                String unit = test.unit();
                choices.add(new LabChoice(loinc, term.map(Term::name).orElse(test.displayName()),
                        term.map(Term::nameZh).orElse(test.displayName()), unit));
            }
        }
        return List.copyOf(choices);
    }

    /** The picklist's choice of a LOINC code the evaluator reads. */
    static java.util.Optional<LabChoice> labTest(String loinc) {
        return LAB_TESTS.stream().filter(choice -> choice.loinc().equals(loinc)).findFirst();
    }

    private static List<String> labUnits() {
        java.util.Set<String> units = new java.util.LinkedHashSet<>();
        for (LabTest test : LabTest.values()) {
            test.acceptedUnits().forEach(conversion -> units.add(conversion.unit()));
        }
        return List.copyOf(units);
    }

    /** Adds the terminology's unit to each numeric result typed without one, so the record says what it means. */
    static void addUnits(ObjectNode investigations) {
        JsonNode observations = investigations.get("observations");
        if (observations == null || !observations.isArray()) {
            return;
        }
        for (JsonNode observation : observations) {
            LabTest.forLoinc(observation.path("loinc").asText()).filter(LabTest::isQuantitative)
                    .filter(test -> observation.path("value").isNumber() && !observation.hasNonNull("unit"))
                    .ifPresent(test -> ((ObjectNode) observation).put("unit", test.unit()));
        }
    }
}
