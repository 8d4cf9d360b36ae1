package org.mscpathway.screening.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.assessment.TreatmentPlan;

class ScreeningJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Screening SCREENING = Screening.withDefaultCatalogue();

    @Test
    void assessmentIsWrittenInTheDesignsShape() throws IOException {
        JsonNode example = PatientRecordReaderTest.designExample();
        Assessment assessment = SCREENING.evaluate(PatientRecordReaderTest.READER.read(example), EvaluationMode.FULL);

        JsonNode json = JSON.readTree(ScreeningJson.toJsonString(assessment));

        String mildRationale = JSON.writeValueAsString(SCREENING.catalogue().rule("ALG-COMPONENT-MILD").orElseThrow().rationale());
        assertThat(json).isEqualTo(JSON.readTree("""
                {"outcome": "INELIGIBLE", "rulesetVersion": "2026.2",
                 "findings": [
                   {"ruleId": "MAL-IMAGING-SUSPICIOUS", "group": "MALIGNANCY", "severity": "ABSOLUTE",
                    "title": "Imaging suspicious for malignancy",
                    "rationale": "A suspected malignancy on imaging must be resolved before cells that may feed a tumour are given.",
                    "evidence": [{"item": "imaging CT chest", "value": "suspected malignancy on 2026-11-19"}]},
                   {"ruleId": "INF-ANTIBIOTIC", "group": "INFECTION", "severity": "RELATIVE",
                    "title": "Systemic antibiotics, current or recent",
                    "rationale": "A systemic antibiotic (ATC J01) active, or stopped less than 14 days before the assessment, means an infection is being or was just treated. Stopped with no end date counts as recent (safer reading).",
                    "evidence": [{"item": "medication J01CA04", "value": "active"}]},
                   {"ruleId": "MAL-REMOTE", "group": "MALIGNANCY", "severity": "PRECAUTION",
                    "title": "Malignancy resolved 5 years ago or more",
                    "rationale": "A malignancy resolved at least 5 years before the assessment (abatement date recorded) is no contraindication, but the plan adds annual cancer surveillance. One in remission is not remote, however long ago (MAL-RECENT).",
                    "evidence": [{"item": "condition C50.9", "value": "resolved on 2010-01-15"}]},
                   {"ruleId": "ALG-COMPONENT-MILD", "group": "ALLERGY", "severity": "PRECAUTION",
                    "title": "Mild allergic reaction to a product component",
                    "rationale": %s,
                    "evidence": [{"item": "allergy penicillin", "value": "mild: rash"}]}],
                 "missing": [
                   {"item": "LOINC 56888-1", "reason": "infection screen: HIV-1/2 Ag/Ab result (positive or negative)"},
                   {"item": "LOINC 5196-1", "reason": "infection screen: HBsAg result (positive or negative)"},
                   {"item": "LOINC 16128-1", "reason": "infection screen: anti-HCV result (positive or negative)"},
                   {"item": "LOINC 20507-0", "reason": "infection screen: syphilis serology result (positive or negative)"},
                   {"item": "LOINC 6690-2", "reason": "infection screen: white cell count"},
                   {"item": "LOINC 777-3", "reason": "coagulation: platelet count"}],
                 "notCounted": []}""".formatted(mildRationale)));
    }

    @Test
    void planIsWrittenInTheDesignsShapeAndReadBack() throws IOException {
        TreatmentPlan plan = new TreatmentPlan("type-2-diabetes", "intravenous", "UC-MSC", 82_000_000L, 3, 4,
                List.of("antihistamine before each administration"), List.of("annual cancer surveillance"),
                List.of(new PlanAdjustment("AGE-ELDERLY", "dose halved")));

        String json = ScreeningJson.toJsonString(plan);

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree("""
                {"indication": "type-2-diabetes", "route": "intravenous", "product": "UC-MSC",
                 "cellsPerAdministration": 82000000, "administrations": 3, "intervalWeeks": 4,
                 "premedication": ["antihistamine before each administration"],
                 "monitoring": ["annual cancer surveillance"],
                 "adjustments": [{"ruleId": "AGE-ELDERLY", "change": "dose halved"}]}"""));
        assertThat(ScreeningJson.readPlan(json)).isEqualTo(plan);
    }

    @Test
    void singleAdministrationPlanHasANullInterval() {
        TreatmentPlan plan = new TreatmentPlan("knee-osteoarthritis", "intra-articular", "UC-MSC", 50_000_000L, 1, null,
                List.of(), List.of("review at 6 months"), List.of());

        assertThat(ScreeningJson.toJson(plan).get("intervalWeeks").isNull()).isTrue();
        assertThat(ScreeningJson.readPlan(ScreeningJson.toJsonString(plan))).isEqualTo(plan);
    }

    @Test
    void invalidStoredPlanIsRefusedByField() {
        assertThatThrownBy(() -> ScreeningJson.readPlan("""
                {"indication": "type-2-diabetes", "route": "intravenous", "cellsPerAdministration": 0,
                 "administrations": 3, "premedication": [1], "adjustments": [{"ruleId": "AGE-ELDERLY"}]}"""))
                .isInstanceOf(InvalidRecordException.class)
                .extracting(e -> ((InvalidRecordException) e).errors()).asList().extracting(Object::toString)
                .containsExactly("plan.product: required",
                        "plan.cellsPerAdministration: must be a whole number of at least 1 (got a number)",
                        "plan.premedication[0]: must be a string (got a number)",
                        "plan.adjustments[0].change: required");
    }

    @Test
    void rulesAndIndicationsCarryTheRulesetVersion() {
        JsonNode rules = ScreeningJson.rulesToJson(SCREENING);
        JsonNode indications = ScreeningJson.indicationsToJson(SCREENING);

        assertThat(rules.get("rulesetVersion").asText()).isEqualTo("2026.2");
        assertThat(rules.get("rules")).hasSize(71);
        assertThat(rules.get("rules").get(0).fieldNames()).toIterable().containsExactly("id", "version", "group",
                "severity", "title", "rationale", "source", "requiredData");
        assertThat(indications.get("indications").get(0).toString()).isEqualTo("""
                {"code":"knee-osteoarthritis","name":"Knee osteoarthritis","route":"intra-articular",\
                "product":"UC-MSC","dose":"50 × 10^6 cells per knee","fixedCells":50000000,\
                "maxCellsPerAdministration":null,"administrations":1,"intervalWeeks":null,\
                "monitoring":["review at 6 months"]}""");
    }

    @Test
    void assessmentMadeWith2026_1KeepsItsVersionAfterTheUpgrade() {
        Assessment stored = new Assessment(org.mscpathway.screening.assessment.Outcome.ELIGIBLE, "2026.1",
                EvaluationMode.FULL, List.of(), List.of(), null);

        assertThat(ScreeningJson.toJson(stored).get("rulesetVersion").asText()).isEqualTo("2026.1");
        assertThat(ScreeningJson.toJson(stored).get("notCounted")).isEmpty();
        assertThat(SCREENING.rulesetVersion()).isEqualTo("2026.2");
    }
}
