package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.mscpathway.screening.plan.IndicationProfile;
import org.mscpathway.workflow.pathway.CaseStore.Section;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;

/**
 * What a case cannot do without although the patient record format lets it be left out. The stateless evaluation
 * reads a record as sent (a missing weight makes the outcome INCOMPLETE, an undated result is "not counted"); a case
 * is entered by the site itself, which has these facts at hand, so it must state them when it enters them rather
 * than learn much later that the evaluation could not use them. Only a field that is absent (or null) is named
 * here: a present but invalid one is the record reader's to name.
 */
final class RequiredCaseData {

    private RequiredCaseData() {
    }

    /**
     * Birth date and sex always (age and sex decide the pregnancy test and the dose from 75), the weight when the
     * indication's dose is per kilogram. {@code indication} is empty when it is unknown (named elsewhere).
     */
    static void ofPatient(JsonNode patient, Optional<IndicationProfile> indication, List<FieldError> errors) {
        require(patient, "birthDate", "patient.birthDate",
                "the patient's birth date is required: age decides the pregnancy test and the dose", errors);
        require(patient, "sex", "patient.sex",
                "the patient's sex is required (unknown if it is not recorded): it decides the pregnancy test", errors);
        if (indication.map(IndicationProfile::isWeightBased).orElse(false)) {
            require(patient, "weightKg", "patient.weightKg",
                    "the patient's weight is required: the dose is per kilogram", errors);
        }
    }

    /**
     * What a submitted section must state. The medical history needs no more than its reader asks: every rule that
     * reads an onset, abatement or end date has a reading for an undated entry (most count it as recent, the safer
     * reading), and a date nobody knows is better left out than guessed. The physical exam has no dates.
     */
    static void ofSection(Section section, JsonNode body, List<FieldError> errors) {
        if (section == Section.INVESTIGATIONS) {
            ofInvestigations(body, errors);
        }
    }

    /**
     * Every lab result and imaging report needs its date: a result counts only within its window (2026.2), and an
     * undated imaging report cannot be placed in time either (the safer reading, though no imaging rule has a
     * window yet). Errors are named at the record's top level ({@code observations[0].date}), as the reader's.
     */
    private static void ofInvestigations(JsonNode body, List<FieldError> errors) {
        eachItem(body.path("observations"), "observations", "date",
                "the date of the sample is required: a result counts only within its window", errors);
        eachItem(body.path("imaging"), "imaging", "date",
                "the date of the imaging is required: an undated report cannot be placed in time", errors);
    }

    private static void eachItem(JsonNode list, String path, String key, String message, List<FieldError> errors) {
        if (!list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isObject()) {
                require(list.get(i), key, path + "[" + i + "]." + key, message, errors);
            }
        }
    }

    private static void require(JsonNode parent, String key, String path, String message, List<FieldError> errors) {
        JsonNode value = parent.path(key);
        if (value.isMissingNode() || value.isNull()) {
            errors.add(new FieldError(path, message));
        }
    }
}
