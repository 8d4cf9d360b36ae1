package org.mscpathway.workflow.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.catalogue.Catalogue;
import org.mscpathway.screening.catalogue.InvalidCatalogueException;

/**
 * Checks a proposed ruleset with exactly the validation the shipped catalogue passes ({@link Catalogue#parse}),
 * and turns each of its problems ({@code "thresholds.cardiac.x: must be ..."}) into an error naming the key.
 */
final class RulesetDocument {

    static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,31}");

    private RulesetDocument() {
    }

    /** A draft checked field by field; returns the document to store and the evaluator it makes. */
    static Checked check(RulesetDraft draft, ObjectMapper json) {
        List<RulesetFieldError> errors = new ArrayList<>();
        if (draft.version() == null || !VERSION.matcher(draft.version()).matches()) {
            errors.add(new RulesetFieldError("version", "is required: 1 to 32 letters, digits, '.' or '-',"
                    + " starting with a letter or digit, e.g. 2026.2-site.1"));
        }
        if (draft.summary() == null || draft.summary().isBlank()) {
            errors.add(new RulesetFieldError("summary", "is required: what changes and why, for the approver"));
        }
        if (draft.basedOn() == null || draft.basedOn().isBlank()) {
            errors.add(new RulesetFieldError("basedOn", "is required: the version this draft changes"));
        }
        if (draft.catalogue() == null || !draft.catalogue().isObject()) {
            errors.add(new RulesetFieldError("catalogue", "is required: the whole catalogue document, in the"
                    + " format of GET /api/v1/rulesets/{version}"));
            throw new InvalidRulesetException(errors);
        }
        ObjectNode catalogue = draft.catalogue().deepCopy();
        JsonNode stated = catalogue.get("rulesetVersion");
        if (stated == null || stated.isNull()) {
            catalogue.put("rulesetVersion", draft.version());
        } else if (!stated.isTextual() || !stated.asText().equals(draft.version())) {
            errors.add(new RulesetFieldError("catalogue.rulesetVersion", "must equal version ('" + draft.version()
                    + "') or be left out"));
        }
        String document = write(catalogue, json);
        Screening screening = null;
        try {
            screening = parse(document, "draft " + draft.version());
        } catch (InvalidRulesetException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRulesetException(errors);
        }
        return new Checked(document, screening);
    }

    /**
     * A whole catalogue file (an import): the same validation, errors named by their key in the file.
     *
     * @throws InvalidRulesetException naming every problem
     */
    static Screening parse(String document, String sourceName) {
        try {
            return Screening.withCatalogue(Catalogue.parse(document, sourceName));
        } catch (InvalidCatalogueException invalid) {
            throw new InvalidRulesetException(invalid.problems().stream().map(RulesetDocument::error).toList());
        }
    }

    /** "thresholds.cardiac.x: must be ..." → field catalogue.thresholds.cardiac.x; a file-wide problem → catalogue. */
    private static RulesetFieldError error(String problem) {
        int colon = problem.indexOf(": ");
        if (colon <= 0 || problem.substring(0, colon).contains(" ")) {
            return new RulesetFieldError("catalogue", problem);
        }
        String key = problem.substring(0, colon);
        return new RulesetFieldError(key.equals("(root)") ? "catalogue" : "catalogue." + key,
                problem.substring(colon + 2));
    }

    private static String write(JsonNode catalogue, ObjectMapper json) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(catalogue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    record Checked(String document, Screening screening) {
    }
}
