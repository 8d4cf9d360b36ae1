package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.ruleIds;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.UncountedResult;
import org.mscpathway.screening.json.FieldError;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.json.ScreeningJson;

/**
 * Catalogue 2026.2, "Data the evaluator trusts": results count only when dated within their window, and values in
 * another unit are converted (or refused, never misread).
 */
class TrustedDataTest {

    @Nested
    class Windows {

        @ParameterizedTest(name = "LOINC {0} = {1}, {2} days old: counted {3}")
        @CsvSource({
            "56888-1, positive, 90, true, INF-SEROLOGY-POSITIVE, 90", "56888-1, positive, 91, false, INF-SEROLOGY-POSITIVE, 90",
            "20507-0, positive, 90, true, INF-SEROLOGY-POSITIVE, 90", "20507-0, positive, 91, false, INF-SEROLOGY-POSITIVE, 90",
            "6690-2, 2.5, 30, true, INF-IMMUNOSUPPRESSED, 30", "6690-2, 2.5, 31, false, INF-IMMUNOSUPPRESSED, 30",
            "777-3, 10, 30, true, COAG-PLATELETS-SEVERE, 30", "777-3, 10, 31, false, COAG-PLATELETS-SEVERE, 30",
            "718-7, 7, 30, true, COAG-ANAEMIA, 30", "718-7, 7, 31, false, COAG-ANAEMIA, 30",
            "1988-5, 20, 180, true, INF-CRP, 180", "1988-5, 20, 181, false, INF-CRP, 180",
            "10230-1, 30, 180, true, CARD-LVEF-SEVERE, 180", "10230-1, 30, 181, false, CARD-LVEF-SEVERE, 180",
            "4548-4, 12, 180, true, ORG-HBA1C, 180", "4548-4, 12, 181, false, ORG-HBA1C, 180"})
        void resultCountsOnlyWithinItsWindow(String loinc, String value, int daysOld, boolean counted, String ruleId,
                                             int window) {
            RecordBuilder record = RecordBuilder.completeMale(50).withoutLab(loinc);
            if (Character.isDigit(value.charAt(0))) {
                record.quantity(loinc, Double.parseDouble(value), ASSESSED.minusDays(daysOld));
            } else {
                record.qualitative(loinc, value, ASSESSED.minusDays(daysOld));
            }

            Assessment assessment = full(record);

            assertThat(ruleIds(assessment).contains(ruleId)).isEqualTo(counted);
            assertThat(assessment.notCounted()).isEqualTo(counted ? List.of()
                    : List.of(new UncountedResult("LOINC " + loinc, "older than " + window + " days")));
        }

        @Test
        void tooOldRequiredResultIsMissingWithTheReason() {
            Assessment assessment = full(RecordBuilder.completeMale(50).withoutLab("5196-1")
                    .qualitative("5196-1", "negative", ASSESSED.minusDays(91)));

            assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
            assertThat(assessment.missing()).containsExactly(new MissingData("LOINC 5196-1",
                    "infection screen: HBsAg result (positive or negative); the result on file is not counted: older than 90 days"));
        }

        @Test
        void undatedResultNeitherFiresNorSatisfies() {
            Assessment assessment = full(RecordBuilder.completeMale(50).withoutLab("6690-2")
                    .quantity("6690-2", 1.0, null));

            assertThat(assessment.findings()).isEmpty();
            assertThat(assessment.missing()).containsExactly(new MissingData("LOINC 6690-2",
                    "infection screen: white cell count; the result on file is not counted: undated"));
            assertThat(assessment.notCounted()).containsExactly(new UncountedResult("LOINC 6690-2", "undated"));
        }

        @Test
        void resultDatedAfterTheAssessmentIsNotCounted() {
            Assessment assessment = full(RecordBuilder.completeMale(50).quantity("1988-5", 80, ASSESSED.plusDays(1)));

            assertThat(assessment.findings()).isEmpty();
            assertThat(assessment.notCounted()).containsExactly(
                    new UncountedResult("LOINC 1988-5", "dated after the assessment date"));
        }

        @Test
        void olderResultIsListedButTheRecentOneDecides() {
            Assessment assessment = full(RecordBuilder.completeMale(50).quantity("1988-5", 80, ASSESSED.minusYears(2)));

            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(assessment.notCounted()).containsExactly(new UncountedResult("LOINC 1988-5", "older than 180 days"));
        }

        @Test
        void notCountedResultsAreWrittenInTheEvaluationJson() {
            Assessment assessment = full(RecordBuilder.completeMale(50).quantity("1988-5", 80, null));

            JsonNode json = ScreeningJson.toJson(assessment);

            assertThat(json.get("notCounted").toString())
                    .isEqualTo("[{\"item\":\"LOINC 1988-5\",\"reason\":\"undated\"}]");
        }

        @Test
        void siteWindowIsReadFromTheCatalogue() {
            ObjectNode catalogue = org.mscpathway.screening.catalogue.TestCatalogues.shipped();
            ((ObjectNode) catalogue.get("thresholds").get("trustedData")).put("serologyValidDays", 365);
            Screening site = Screening.withCatalogue(org.mscpathway.screening.catalogue.TestCatalogues.parse(catalogue));

            Assessment assessment = site.evaluate(RecordBuilder.completeMale(50).withoutLab("5196-1")
                    .qualitative("5196-1", "negative", ASSESSED.minusDays(200)).build(), EvaluationMode.FULL);

            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
    }

    @Nested
    class Units {

        private static final ObjectMapper JSON = new ObjectMapper();
        private static final PatientRecordReader READER = new PatientRecordReader(
                Clock.fixed(ASSESSED.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), Evaluations.SCREENING);

        /** p01's complete record with one result replaced (or added) by the given one. */
        private static ObjectNode p01With(String loinc, double value, String unit) throws IOException {
            ObjectNode record;
            try (InputStream in = TrustedDataTest.class.getResourceAsStream("/scenarios/p01-eligible-knee-oa.json")) {
                record = (ObjectNode) JSON.readTree(in).get("record");
            }
            ArrayNode observations = (ArrayNode) record.get("observations");
            for (int i = observations.size() - 1; i >= 0; i--) {
                if (observations.get(i).get("loinc").asText().equals(loinc)) {
                    observations.remove(i);
                }
            }
            ObjectNode observation = observations.addObject().put("loinc", loinc).put("value", value).put("date", "2026-11-18");
            if (unit != null) {
                observation.put("unit", unit);
            }
            return record;
        }

        private static Assessment evaluate(JsonNode record) {
            return Evaluations.SCREENING.evaluate(READER.read(record), EvaluationMode.FULL);
        }

        @ParameterizedTest(name = "LOINC {0} = {1} {2} → {3}")
        @CsvSource({
            "6690-2, 2999, /uL, INF-IMMUNOSUPPRESSED", "6690-2, 3000, cells/uL, ''",
            "6690-2, 2.99, 10*3/uL, INF-IMMUNOSUPPRESSED", "6690-2, 3.0, 10*3/uL, ''",
            "751-8, 1499, cells/uL, INF-IMMUNOSUPPRESSED", "751-8, 1.5, 10^9/L, ''",
            "777-3, 19999, /uL, COAG-PLATELETS-SEVERE", "777-3, 20, 10*3/uL, COAG-PLATELETS-LOW",
            "718-7, 79, g/L, COAG-ANAEMIA", "718-7, 80, g/L, ''",
            "1988-5, 1.01, mg/dL, INF-CRP", "1988-5, 1.0, mg/dL, ''",
            "1975-2, 42, umol/L, ORG-BILIRUBIN", "1975-2, 41, umol/L, ''",
            "4548-4, 86, mmol/mol, ORG-HBA1C", "4548-4, 85, mmol/mol, ''",
            "62238-1, 29, mL/min/{1.73_m2}, ORG-RENAL", "62238-1, 30, mL/min/1.73m2, ''"})
        void valueInAnotherUnitIsConvertedBeforeItIsJudged(String loinc, double value, String unit, String ruleId)
                throws IOException {
            Assessment assessment = evaluate(p01With(loinc, value, unit));

            assertThat(ruleIds(assessment)).isEqualTo(ruleId.isEmpty() ? List.of() : List.of(ruleId));
        }

        @ParameterizedTest(name = "LOINC {0} = {1} ''{2}'' → {3}")
        @CsvSource({"6690-2, 2.9, 10⁹/L, INF-IMMUNOSUPPRESSED", "6690-2, 2.9, ×10³/µL, INF-IMMUNOSUPPRESSED",
            "6690-2, 2.9, x10^9/l, INF-IMMUNOSUPPRESSED", "6690-2, 2.9, G/L, INF-IMMUNOSUPPRESSED",
            "6690-2, 2900, /mm³, INF-IMMUNOSUPPRESSED", "62238-1, 29, mL/min/1.73m², ORG-RENAL",
            "62238-1, 29, ml/min/1.73 m2, ORG-RENAL", "1975-2, 42, µmol/L, ORG-BILIRUBIN", "6301-6, 1.6, , COAG-INR",
            "6301-6, 1.6, {INR}, COAG-INR"})
        void commonSpellingsOfAUnitAreRecognised(String loinc, double value, String unit, String ruleId) throws IOException {
            assertThat(ruleIds(evaluate(p01With(loinc, value, unit)))).containsExactly(ruleId);
        }

        @ParameterizedTest(name = "creatinine {0} umol/L with no eGFR → finding: {1}")
        @CsvSource({"266, true", "265, false"})
        void creatinineInMicromolesIsDividedBy88Point4(double value, boolean fires) throws IOException {
            ObjectNode record = p01With("2160-0", value, "umol/L");
            ArrayNode observations = (ArrayNode) record.get("observations");
            for (int i = observations.size() - 1; i >= 0; i--) {
                if (observations.get(i).get("loinc").asText().equals("62238-1")) {
                    observations.remove(i);
                }
            }

            assertThat(ruleIds(evaluate(record))).isEqualTo(fires ? List.of("ORG-CREATININE") : List.of());
        }

        @Test
        void evidenceShowsTheConvertedValueAndTheValueAsEntered() throws IOException {
            Assessment assessment = evaluate(p01With("6690-2", 2500, "/uL"));

            assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW, fired(
                    "INF-IMMUNOSUPPRESSED", RELATIVE, "LOINC 6690-2", "2.5 10*9/L (entered as 2500 /uL) on 2026-11-18"));
        }

        @Test
        void resultWithoutAUnitIsInTheCatalogueUnit() throws IOException {
            assertThat(evaluate(p01With("6690-2", 2.5, null)).outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
        }

        @Test
        void unitThatCannotBeConvertedIsRefusedNamingTheField() throws IOException {
            ObjectNode record = p01With("6690-2", 6.4, "mmol/L");
            int index = record.get("observations").size() - 1;

            assertThatThrownBy(() -> READER.read(record)).isInstanceOf(InvalidRecordException.class)
                    .satisfies(e -> assertThat(((InvalidRecordException) e).errors()).containsExactly(new FieldError(
                            "observations[" + index + "].unit", "is not a unit of this test that converts to 10*9/L "
                            + "(accepted: 10*9/L, 10^9/L, x10*9/L, G/L, /nL, 10*3/uL, 10^3/uL, 10*3/mm3, K/uL, /uL, "
                            + "cells/uL, /mm3, cells/mm3)")));
        }

        @Test
        void rangeIsCheckedAfterConversion() throws IOException {
            ObjectNode record = p01With("10230-1", 58, "%");

            assertThat(READER.read(record).observations()).isNotEmpty();
            assertThatThrownBy(() -> READER.read(p01With("1988-5", -1, "mg/dL"))).isInstanceOf(InvalidRecordException.class)
                    .hasMessageContaining(".value: must be 0 or more mg/L for this test");
        }
    }
}
