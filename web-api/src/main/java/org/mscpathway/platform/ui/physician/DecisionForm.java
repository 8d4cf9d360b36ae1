package org.mscpathway.platform.ui.physician;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mscpathway.workflow.pathway.Consent;
import org.mscpathway.workflow.pathway.Decision;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;
import org.mscpathway.workflow.pathway.PhysicianDecision;
import org.mscpathway.workflow.pathway.PlanChanges;
import org.springframework.util.MultiValueMap;

/**
 * The physician's form, kept as typed. The plan fields start at the current plan's values; only what the physician
 * changed is sent as a plan change. The dose is entered in millions of cells.
 */
record DecisionForm(String decision, String comment, String consentObtainedOn, String consentFormVersion,
                    String millionCells, String administrations, String intervalWeeks, String monitoring) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    static DecisionForm read(MultiValueMap<String, String> params) {
        return new DecisionForm(get(params, "decision"), get(params, "comment"), get(params, "consentObtainedOn"),
                get(params, "consentFormVersion"), get(params, "millionCells"), get(params, "administrations"),
                get(params, "intervalWeeks"), get(params, "monitoring"));
    }

    /** The form for a plan as drafted; consent defaults to today, the day it is usually obtained. */
    static DecisionForm of(JsonNode plan, LocalDate today) {
        if (plan == null) {
            return new DecisionForm("", "", today.toString(), "", "", "", "", "");
        }
        return new DecisionForm("", "", today.toString(), "", millions(plan.path("cellsPerAdministration")),
                text(plan.path("administrations")), text(plan.path("intervalWeeks")),
                String.join("\n", lines(plan.path("monitoring"))));
    }

    /** What the pathway is asked to record; a field that is not a number is named here, the rest by the pathway. */
    PhysicianDecision toDecision(JsonNode plan) {
        List<FieldError> errors = new ArrayList<>();
        Decision chosen = Decision.ofCode(decision).orElse(null);
        if (chosen == null) {
            throw new InvalidCaseDataException("decision", "choose one of the decisions offered");
        }
        PlanChanges changes = null;
        if (chosen == Decision.APPROVE || chosen == Decision.REQUEST_CHANGES) {
            changes = changes(plan, errors);
        }
        Consent consent = chosen == Decision.APPROVE ? consent(errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidCaseDataException(errors);
        }
        return new PhysicianDecision(chosen, comment.isEmpty() ? null : comment, changes, consent);
    }

    private PlanChanges changes(JsonNode plan, List<FieldError> errors) {
        Long cells = cells(errors);
        Integer count = whole(administrations, "planChanges.administrations", errors);
        Integer interval = whole(intervalWeeks, "planChanges.intervalWeeks", errors);
        List<String> monitoringLines = Arrays.stream(monitoring.split("\\R")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        PlanChanges changes = new PlanChanges(
                plan != null && cells != null && cells == plan.path("cellsPerAdministration").asLong() ? null : cells,
                plan != null && count != null && count == plan.path("administrations").asInt() ? null : count,
                plan != null && interval != null && Objects.equals(interval, intOrNull(plan.path("intervalWeeks")))
                        ? null : interval,
                plan != null && monitoringLines.equals(lines(plan.path("monitoring"))) ? null : monitoringLines);
        return changes.isEmpty() ? null : changes;
    }

    private Long cells(List<FieldError> errors) {
        if (millionCells.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(millionCells.replace(',', '.')).multiply(MILLION)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(new FieldError("planChanges.cellsPerAdministration",
                    "must be a number of millions of cells, e.g. 50 or 32.5"));
            return null;
        }
    }

    private static Integer whole(String value, String path, List<FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(path, "must be a whole number"));
            return null;
        }
    }

    private Consent consent(List<FieldError> errors) {
        LocalDate obtainedOn = null;
        if (!consentObtainedOn.isEmpty()) {
            try {
                obtainedOn = LocalDate.parse(consentObtainedOn);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("consent.obtainedOn", "not a date (expected YYYY-MM-DD)"));
            }
        }
        return new Consent(obtainedOn, consentFormVersion.isEmpty() ? null : consentFormVersion);
    }

    private static String millions(JsonNode cells) {
        if (!cells.isNumber()) {
            return "";
        }
        return new BigDecimal(cells.asLong()).divide(MILLION).stripTrailingZeros().toPlainString();
    }

    private static List<String> lines(JsonNode array) {
        List<String> lines = new ArrayList<>();
        array.forEach(item -> lines.add(item.asText()));
        return lines;
    }

    private static Integer intOrNull(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "" : node.asText();
    }

    private static String get(MultiValueMap<String, String> params, String key) {
        String value = params.getFirst(key);
        return value == null ? "" : value.trim();
    }
}
