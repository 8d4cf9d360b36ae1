package org.mscpathway.interop.fhir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/**
 * Observation → the record. Vital signs fill the physical exam and the patient's weight and height (the latest
 * measurement young enough to be the current exam); pregnancy status (LOINC 82810-3) and breastfeeding status
 * (LOINC 63895-7) fill the medical history; every other LOINC-coded result becomes an {@code observations[]}
 * entry with its value, its UCUM unit passed through unchanged (the evaluator's reader converts or refuses it)
 * and its effective date. One instance per import.
 */
final class ObservationMapping {

    static final String PREGNANCY_STATUS = "82810-3";
    static final String BREASTFEEDING_STATUS = "63895-7";
    /** Current-state observations (pregnancy, breastfeeding) older than this are not the current state. */
    static final int STATUS_MAX_AGE_DAYS = 30;

    private static final Set<String> RESULT_STATUSES = Set.of("final", "amended", "corrected", "preliminary");
    private static final Map<String, String> QUALITATIVE_CODES = Map.ofEntries(
            Map.entry(Codes.SNOMED + "|10828004", "positive"), Map.entry(Codes.SNOMED + "|260385009", "negative"),
            Map.entry(Codes.SNOMED + "|82334004", "indeterminate"), Map.entry(Codes.SNOMED + "|260373001", "positive"),
            Map.entry(Codes.SNOMED + "|260415000", "negative"), Map.entry(Codes.SNOMED + "|419984006", "indeterminate"),
            Map.entry(Codes.LOINC + "|LA6576-8", "positive"), Map.entry(Codes.LOINC + "|LA6577-6", "negative"),
            Map.entry(Codes.LOINC + "|LA11884-6", "indeterminate"), Map.entry(Codes.LOINC + "|LA11882-0", "positive"),
            Map.entry(Codes.LOINC + "|LA11883-8", "negative"));
    private static final Map<String, String> QUALITATIVE_WORDS = Map.of(
            "positive", "positive", "negative", "negative", "indeterminate", "indeterminate",
            "reactive", "positive", "non-reactive", "negative", "nonreactive", "negative",
            "detected", "positive", "not detected", "negative", "inconclusive", "indeterminate");
    private static final Map<String, String> PREGNANCY_CODES = Map.of(
            Codes.LOINC + "|LA15173-0", "pregnant", Codes.LOINC + "|LA26683-5", "not-pregnant",
            Codes.LOINC + "|LA4489-6", "unknown", Codes.SNOMED + "|77386006", "pregnant",
            Codes.SNOMED + "|60001007", "not-pregnant", Codes.SNOMED + "|261665006", "unknown");
    private static final Map<String, Boolean> BREASTFEEDING_CODES = Map.of(
            Codes.LOINC + "|LA29252-6", true, Codes.LOINC + "|LA29254-2", true, Codes.LOINC + "|LA29255-9", true,
            Codes.LOINC + "|LA29253-4", false, Codes.YES_NO + "|Y", true, Codes.YES_NO + "|N", false,
            Codes.SNOMED + "|373066001", true, Codes.SNOMED + "|373067005", false);

    /** A measurement competing to be the one the record keeps. */
    private record Candidate(Object value, LocalDate date, Observation source) {
    }

    private final ImportContext context;
    private final Map<VitalSign, List<Candidate>> vitals = new EnumMap<>(VitalSign.class);
    private final List<Candidate> pregnancy = new ArrayList<>();
    private final List<Candidate> breastfeeding = new ArrayList<>();

    ObservationMapping(ImportContext context) {
        this.context = context;
    }

    /** Results go straight into {@code sections}; current-state values wait for {@link #finish}. */
    void add(Observation observation, RecordSections sections) {
        String status = observation.hasStatus() ? observation.getStatus().toCode() : "unknown";
        if (!RESULT_STATUSES.contains(status)) {
            context.unmapped(observation, "status", status + ": not a result");
            return;
        }
        List<String> loinc = Codes.codings(observation.getCode(), Codes.LOINC).stream()
                .map(coding -> coding.getCode().trim()).toList();
        if (loinc.isEmpty()) {
            context.unmapped(observation, "code", "no LOINC coding (" + Codes.describe(observation.getCode()) + ")");
            return;
        }
        LocalDate date = effectiveDay(observation);
        if (loinc.stream().anyMatch(VitalSign.BLOOD_PRESSURE_PANELS::contains)) {
            bloodPressure(observation, date);
        } else if (loinc.stream().anyMatch(code -> VitalSign.forLoinc(code).isPresent())) {
            VitalSign sign = loinc.stream().map(VitalSign::forLoinc).flatMap(Optional::stream).findFirst().orElseThrow();
            vital(observation, sign, observation.getValue(), "value[x]", date);
        } else if (loinc.contains(PREGNANCY_STATUS)) {
            status(observation, date, PREGNANCY_CODES, pregnancy);
        } else if (loinc.contains(BREASTFEEDING_STATUS)) {
            breastfeeding(observation, date);
        } else {
            result(observation, loinc.get(0), date, sections);
        }
    }

    /** Writes the chosen vital signs and statuses; reports the measurements that were not chosen. */
    void finish(RecordSections sections) {
        vitals.forEach((sign, candidates) -> choose(candidates, sign.maxAgeDays(), sign.path())
                .ifPresent(chosen -> sections.set(sign.section(), sign.field(), chosen.value(), chosen.source())));
        choose(pregnancy, STATUS_MAX_AGE_DAYS, "medicalHistory.pregnancy")
                .ifPresent(chosen -> sections.set("medicalHistory", "pregnancy", chosen.value(), chosen.source()));
        choose(breastfeeding, STATUS_MAX_AGE_DAYS, "medicalHistory.lactating")
                .ifPresent(chosen -> sections.set("medicalHistory", "lactating", chosen.value(), chosen.source()));
    }

    private void result(Observation observation, String loinc, LocalDate date, RecordSections sections) {
        if (!Codes.LOINC_SHAPE.matcher(loinc).matches()) {
            context.unmapped(observation, "code", "'" + loinc + "' is not a LOINC code");
            return;
        }
        if (!observation.hasValue()) {
            context.unmapped(observation, "value[x]", observation.hasHasMember()
                    ? "a panel: its members are read from their own Observations"
                    : observation.hasDataAbsentReason() ? "no value: " + Codes.describe(observation.getDataAbsentReason())
                    : "no value");
            return;
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("loinc", loinc);
        Type value = observation.getValue();
        if (value instanceof Quantity quantity) {
            if (!quantity(observation, quantity, "valueQuantity", json)) {
                return;
            }
        } else {
            Optional<String> qualitative = qualitative(value);
            if (qualitative.isEmpty()) {
                context.unmapped(observation, "value[x]", "a " + value.fhirType()
                        + " value that is neither a quantity nor positive, negative or indeterminate");
                return;
            }
            json.put("value", qualitative.get());
        }
        if (date != null) {
            json.put("date", date.toString());
        } else {
            context.unmapped(observation, "effective[x]", FhirDates.isPartial(dateElement(observation))
                    ? "the date is less precise than a day: the result is kept undated, and the evaluator does not "
                    + "count undated results"
                    : "no effective date: the result is kept undated, and the evaluator does not count undated results");
        }
        sections.add(RecordSections.ListSection.OBSERVATIONS, json, observation);
    }

    /** The number and its unit; a bound ("<5") is not a result and is reported instead. */
    private boolean quantity(Observation observation, Quantity quantity, String element, ObjectNode json) {
        if (quantity.hasComparator()) {
            context.unmapped(observation, element + ".comparator", "'" + quantity.getComparator().toCode()
                    + "' makes the value a bound, not a result: enter the measured value");
            return false;
        }
        if (!quantity.hasValue()) {
            context.unmapped(observation, element + ".value", "no number");
            return false;
        }
        json.put("value", quantity.getValue().doubleValue());
        unit(quantity).ifPresent(unit -> json.put("unit", unit));
        return true;
    }

    /** The UCUM code when the quantity has one, else its unit as written (the reader accepts or names it). */
    private static Optional<String> unit(Quantity quantity) {
        if (quantity.hasCode() && (!quantity.hasSystem() || Codes.UCUM.equals(quantity.getSystem()))) {
            return Optional.of(quantity.getCode());
        }
        return quantity.hasUnit() && !quantity.getUnit().isBlank() ? Optional.of(quantity.getUnit().trim())
                : Optional.empty();
    }

    private static Optional<String> qualitative(Type value) {
        if (value instanceof CodeableConcept concept) {
            Optional<String> coded = Codes.lookup(concept, QUALITATIVE_CODES);
            return coded.isPresent() ? coded : word(concept.getText());
        }
        return value instanceof org.hl7.fhir.r4.model.StringType text ? word(text.getValue()) : Optional.empty();
    }

    private static Optional<String> word(String text) {
        return text == null ? Optional.empty()
                : Optional.ofNullable(QUALITATIVE_WORDS.get(text.trim().toLowerCase(Locale.ROOT)));
    }

    private void bloodPressure(Observation panel, LocalDate date) {
        boolean any = false;
        for (Observation.ObservationComponentComponent component : panel.getComponent()) {
            for (VitalSign sign : List.of(VitalSign.SYSTOLIC, VitalSign.DIASTOLIC)) {
                boolean matches = Codes.codings(component.getCode(), Codes.LOINC).stream()
                        .anyMatch(coding -> VitalSign.forLoinc(coding.getCode()).orElse(null) == sign);
                if (matches) {
                    vital(panel, sign, component.getValue(), "component.value[x]", date);
                    any = true;
                }
            }
        }
        if (!any) {
            context.unmapped(panel, "component", "a blood pressure panel without systolic (8480-6) or diastolic "
                    + "(8462-4) components");
        }
    }

    private void vital(Observation observation, VitalSign sign, Type value, String element, LocalDate date) {
        if (!(value instanceof Quantity quantity) || !quantity.hasValue() || quantity.hasComparator()) {
            context.unmapped(observation, element, "a vital sign needs a measured quantity");
            return;
        }
        String unit = unit(quantity).orElse(null);
        Optional<Number> converted = sign.convert(quantity.getValue().doubleValue(), unit);
        if (converted.isEmpty()) {
            context.unmapped(observation, element, "unit '" + unit + "' is not converted for " + sign.path()
                    + " (expected UCUM " + String.join(", ", sign.units().stream().sorted().toList()) + ")");
            return;
        }
        vitals.computeIfAbsent(sign, key -> new ArrayList<>()).add(new Candidate(converted.get(), date, observation));
    }

    private void status(Observation observation, LocalDate date, Map<String, String> codes, List<Candidate> into) {
        Optional<String> value = observation.getValue() instanceof CodeableConcept concept
                ? Codes.lookup(concept, codes) : Optional.empty();
        if (value.isEmpty()) {
            context.unmapped(observation, "value[x]", "not a pregnancy status the import knows (LOINC LA15173-0, "
                    + "LA26683-5, LA4489-6 or SNOMED CT 77386006, 60001007, 261665006)");
            return;
        }
        into.add(new Candidate(value.get(), date, observation));
    }

    private void breastfeeding(Observation observation, LocalDate date) {
        Type value = observation.getValue();
        Optional<Boolean> lactating = value instanceof org.hl7.fhir.r4.model.BooleanType bool && bool.hasValue()
                ? Optional.of(bool.booleanValue())
                : value instanceof CodeableConcept concept ? Codes.lookup(concept, BREASTFEEDING_CODES)
                : Optional.empty();
        if (lactating.isEmpty()) {
            context.unmapped(observation, "value[x]", "not a breastfeeding status the import knows (LOINC "
                    + "LA29252-6, LA29253-4, LA29254-2, LA29255-9, a boolean, or yes/no)");
            return;
        }
        breastfeeding.add(new Candidate(lactating.get(), date, observation));
    }

    /**
     * The latest dated candidate no older than {@code maxAgeDays}; the others are reported. An undated
     * measurement is used only when it is the only one: it cannot be ordered against the rest.
     */
    private Optional<Candidate> choose(List<Candidate> candidates, int maxAgeDays, String path) {
        LocalDate oldest = context.today().minusDays(maxAgeDays);
        Candidate chosen = candidates.stream()
                .filter(candidate -> candidate.date() != null && !candidate.date().isBefore(oldest))
                .max((a, b) -> a.date().compareTo(b.date()))
                .orElse(candidates.size() == 1 && candidates.get(0).date() == null ? candidates.get(0) : null);
        for (Candidate candidate : candidates) {
            if (candidate == chosen) {
                continue;
            }
            String reason = candidate.date() == null ? "undated, and a dated measurement exists"
                    : candidate.date().isBefore(oldest) ? "older than " + maxAgeDays + " days: not the current value"
                    : "a later measurement was used (" + ImportContext.label(chosen.source()) + ")";
            context.unmapped(candidate.source(), path, reason);
        }
        return Optional.ofNullable(chosen);
    }

    private static LocalDate effectiveDay(Observation observation) {
        return FhirDates.day(dateElement(observation));
    }

    private static org.hl7.fhir.r4.model.BaseDateTimeType dateElement(Observation observation) {
        if (observation.hasEffectiveDateTimeType()) {
            return observation.getEffectiveDateTimeType();
        }
        if (observation.hasEffectiveInstantType()) {
            return observation.getEffectiveInstantType();
        }
        return observation.hasEffectivePeriod() ? observation.getEffectivePeriod().getStartElement() : null;
    }
}
