package org.mscpathway.platform.ui.physician;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mscpathway.platform.cases.DecisionRequest;
import org.mscpathway.screening.assessment.TreatmentPlan;
import org.mscpathway.workflow.pathway.Decision;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;
import org.mscpathway.workflow.pathway.PhysicianDecision;
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

    /**
     * The form for a plan as drafted. The consent date starts empty: the physician enters the day consent was
     * obtained, which a pre-filled "today" would let them approve without checking.
     */
    static DecisionForm of(TreatmentPlan plan) {
        if (plan == null) {
            return new DecisionForm("", "", "", "", "", "", "", "");
        }
        return new DecisionForm("", "", "", "", millions(plan.cellsPerAdministration()),
                String.valueOf(plan.administrations()),
                plan.intervalWeeks() == null ? "" : plan.intervalWeeks().toString(),
                String.join("\n", plan.monitoring()));
    }

    /**
     * The decision command the form stands for, read as the API reads its body; the dose in millions and which plan
     * fields the physician changed are the form's own. Every bad field is named at once.
     */
    PhysicianDecision toDecision(TreatmentPlan plan) {
        Decision chosen = Decision.ofCode(decision).orElseThrow(
                () -> new InvalidCaseDataException("decision", "choose one of the decisions offered"));
        List<FieldError> errors = new ArrayList<>();
        ObjectNode command = JsonNodeFactory.instance.objectNode().put("decision", chosen.code())
                .put("comment", comment.isEmpty() ? null : comment);
        if (chosen == Decision.APPROVE || chosen == Decision.REQUEST_CHANGES) {
            ObjectNode changes = changes(plan, errors);
            if (!changes.isEmpty()) {
                command.set("planChanges", changes);
            }
        }
        if (chosen == Decision.APPROVE) {
            command.putObject("consent").put("obtainedOn", consentObtainedOn.isEmpty() ? null : consentObtainedOn)
                    .put("formVersion", consentFormVersion.isEmpty() ? null : consentFormVersion);
        }
        PhysicianDecision read = null;
        try {
            read = DecisionRequest.read(command);
        } catch (InvalidCaseDataException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidCaseDataException(errors);
        }
        return read;
    }

    /** Only the fields that differ from the plan as drafted; a number that does not read is left for the reader. */
    private ObjectNode changes(TreatmentPlan plan, List<FieldError> errors) {
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        Long cells = cells(errors);
        if (cells != null && (plan == null || cells != plan.cellsPerAdministration())) {
            changes.put("cellsPerAdministration", cells);
        }
        changed(changes, "administrations", administrations, plan == null ? null : plan.administrations());
        changed(changes, "intervalWeeks", intervalWeeks, plan == null ? null : plan.intervalWeeks());
        List<String> monitoringLines = Arrays.stream(monitoring.split("\\R")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        if (plan == null || !monitoringLines.equals(plan.monitoring())) {
            monitoringLines.forEach(changes.putArray("monitoring")::add);
        }
        return changes;
    }

    private static void changed(ObjectNode changes, String field, String value, Integer planned) {
        if (value.isEmpty()) {
            return;
        }
        try {
            Integer number = Integer.valueOf(value);
            if (planned == null || !number.equals(planned)) {
                changes.put(field, number);
            }
        } catch (NumberFormatException e) {
            changes.put(field, value);
        }
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

    private static String millions(long cells) {
        return new BigDecimal(cells).divide(MILLION).stripTrailingZeros().toPlainString();
    }

    private static String get(MultiValueMap<String, String> params, String key) {
        String value = params.getFirst(key);
        return value == null ? "" : value.trim();
    }
}
