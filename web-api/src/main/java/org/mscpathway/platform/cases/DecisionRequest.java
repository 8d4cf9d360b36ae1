package org.mscpathway.platform.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.mscpathway.workflow.pathway.Consent;
import org.mscpathway.workflow.pathway.Decision;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;
import org.mscpathway.workflow.pathway.PhysicianDecision;
import org.mscpathway.workflow.pathway.PlanChanges;

/**
 * Reads a physician's decision command, {@code {"decision", "comment", "planChanges", "consent"}}: the body of
 * {@code POST /api/v1/cases/{id}/decision}, and what the review page's form is turned into. Every field of the wrong
 * type is named; what a decision must contain (consent to approve, a justification to override) the pathway checks.
 */
public final class DecisionRequest {

    private final List<FieldError> errors = new ArrayList<>();

    private DecisionRequest() {
    }

    public static PhysicianDecision read(JsonNode body) {
        return new DecisionRequest().parse(body);
    }

    private PhysicianDecision parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidCaseDataException("body", "the body must be a JSON object");
        }
        Decision decision = decision(body.get("decision"));
        String comment = text(body, "comment");
        PlanChanges changes = planChanges(body.get("planChanges"));
        Consent consent = consent(body.get("consent"));
        if (!errors.isEmpty()) {
            throw new InvalidCaseDataException(errors);
        }
        return new PhysicianDecision(decision, comment, changes, consent);
    }

    private Decision decision(JsonNode node) {
        String codes = String.join(", ", Arrays.stream(Decision.values()).map(Decision::code).toList());
        if (node == null || node.isNull()) {
            errors.add(new FieldError("decision", "is required: one of " + codes));
            return null;
        }
        return Decision.ofCode(node.asText()).orElseGet(() -> {
            errors.add(new FieldError("decision", "must be one of " + codes));
            return null;
        });
    }

    private PlanChanges planChanges(JsonNode node) {
        if (!given(node, "planChanges", JsonNode::isObject, "must be an object")) {
            return null;
        }
        Long cells = wholeNumber("planChanges.cellsPerAdministration", node.get("cellsPerAdministration"),
                Long.MAX_VALUE);
        Long administrations = wholeNumber("planChanges.administrations", node.get("administrations"),
                Integer.MAX_VALUE);
        Long interval = wholeNumber("planChanges.intervalWeeks", node.get("intervalWeeks"), Integer.MAX_VALUE);
        List<String> monitoring = strings("planChanges.monitoring", node.get("monitoring"));
        return new PlanChanges(cells, administrations == null ? null : Math.toIntExact(administrations),
                interval == null ? null : Math.toIntExact(interval), monitoring);
    }

    private Consent consent(JsonNode node) {
        if (!given(node, "consent", JsonNode::isObject, "must be an object with obtainedOn and formVersion")) {
            return null;
        }
        LocalDate obtainedOn = null;
        JsonNode date = node.get("obtainedOn");
        if (date != null && !date.isNull()) {
            try {
                obtainedOn = LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("consent.obtainedOn", "not a date (expected YYYY-MM-DD)"));
            }
        }
        return new Consent(obtainedOn, text(node, "formVersion", "consent.formVersion"));
    }

    private Long wholeNumber(String path, JsonNode node, long max) {
        return given(node, path, n -> n.isIntegralNumber() && n.canConvertToLong() && n.asLong() <= max,
                "must be a whole number") ? node.asLong() : null;
    }

    private List<String> strings(String path, JsonNode node) {
        if (!given(node, path, JsonNode::isArray, "must be a list of texts")) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                errors.add(new FieldError(path + "[" + i + "]", "must be a text"));
            } else {
                values.add(node.get(i).asText());
            }
        }
        return values;
    }

    private String text(JsonNode parent, String field) {
        return text(parent, field, field);
    }

    private String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        return given(node, path, JsonNode::isTextual, "must be a text") ? node.asText() : null;
    }

    /**
     * Whether an optional member was given as a value of its kind. Absent or JSON null it was not, and that is no
     * error; of another kind it was not either, and the member at {@code path} is named with what it must be.
     */
    private boolean given(JsonNode node, String path, Predicate<JsonNode> ofItsKind, String mustBe) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!ofItsKind.test(node)) {
            errors.add(new FieldError(path, mustBe));
            return false;
        }
        return true;
    }
}
