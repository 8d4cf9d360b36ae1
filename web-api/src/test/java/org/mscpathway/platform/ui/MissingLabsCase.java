package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.UUID;
import org.mscpathway.platform.cases.CaseBodies;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.pathway.Step;

/** A case at the missing-data step, as the missing-data form's tests start from. */
final class MissingLabsCase {

    static final CareTeams MAIN = CareTeams.of("main");
    static final CaseActor OPENER = new CaseActor("coordinator", Role.COORDINATOR, MAIN);

    private MissingLabsCase() {
    }

    /**
     * A woman of 40 with knee osteoarthritis whose labs lack the pregnancy test and HBsAg: the full evaluation asks
     * for exactly those two.
     */
    static UUID open(ScreeningCases cases, ObjectMapper json, String reference) throws Exception {
        return open(cases, json, reference, 40, "LOINC 2106-3", "LOINC 5196-1");
    }

    /** The same of a woman of {@code age}, whose full evaluation asks for exactly {@code missing}. */
    static UUID open(ScreeningCases cases, ObjectMapper json, String reference, int age, String... missing)
            throws Exception {
        String birthDate = LocalDate.now().minusYears(age).toString();
        UUID id = cases.open(json.readTree("""
                {"reference": "%s", "birthDate": "%s", "sex": "female", "weightKg": 62}"""
                .formatted(reference, birthDate)), "knee-osteoarthritis", OPENER);
        cases.submitMedicalHistory(id, json.readTree(CaseBodies.history("not-pregnant")), OPENER, null);
        ReviewCases.examAndInvestigations(cases, json, id, OPENER, LocalDate.now().minusDays(5), """
                {"observations": [
                  {"loinc": "56888-1", "value": "negative", "date": "%1$s"},
                  {"loinc": "16128-1", "value": "negative", "date": "%1$s"},
                  {"loinc": "20507-0", "value": "negative", "date": "%1$s"},
                  {"loinc": "6690-2", "value": 6.1, "date": "%1$s"},
                  {"loinc": "751-8", "value": 3.9, "date": "%1$s"},
                  {"loinc": "777-3", "value": 250, "date": "%1$s"}]}""");
        CaseView c = cases.view(id, MAIN);
        assertThat(c.currentStep()).isEqualTo(Step.MISSING_DATA);
        assertThat(c.assessment().missing()).extracting(MissingData::item)
                .containsExactly(missing);
        return id;
    }
}
