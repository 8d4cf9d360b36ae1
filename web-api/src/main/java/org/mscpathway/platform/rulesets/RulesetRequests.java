package org.mscpathway.platform.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.ruleset.InvalidRulesetException;
import org.mscpathway.workflow.ruleset.RulesetDraft;
import org.mscpathway.workflow.ruleset.RulesetFieldError;

/** Reading governance requests and who makes them; shared by the API and the pages. */
final class RulesetRequests {

    private RulesetRequests() {
    }

    static CaseActor admin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new NotAnAdministratorException();
        }
        return new CaseActor(actor.username(), org.mscpathway.workflow.pathway.Role.ADMIN);
    }

    /** {@code {"basedOn", "version", "summary", "catalogue": {...}}}; a field of the wrong type is a 400. */
    static RulesetDraft draft(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRulesetException(java.util.List.of(new RulesetFieldError("body",
                    "must be a JSON object: {\"basedOn\", \"version\", \"summary\", \"catalogue\": {...}}")));
        }
        return new RulesetDraft(text(body, "basedOn"), text(body, "version"), text(body, "summary"),
                body.get("catalogue"));
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
