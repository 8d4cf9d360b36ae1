package org.mscpathway.platform.evaluations;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.json.ScreeningJson;
import org.mscpathway.workflow.pathway.Rulesets;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule catalogue in force, with its ruleset version: the active version, which changes when administrators
 * activate another one (docs/rulesets.md). Its JSON is made once per version.
 */
@RestController
class CatalogueController {

    private final Rulesets rulesets;
    private volatile Rendered rendered;

    CatalogueController(Rulesets rulesets) {
        this.rulesets = rulesets;
    }

    @Operation(summary = "The contraindication rules of the active ruleset, their groups and severities (any user)")
    @GetMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode rules() {
        return current().rules();
    }

    @Operation(summary = "The indications of the active ruleset and their treatment plans (any user)")
    @GetMapping(path = "/api/v1/indications", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode indications() {
        return current().indications();
    }

    private Rendered current() {
        Screening screening = rulesets.current();
        Rendered last = rendered;
        if (last == null || !last.version().equals(screening.rulesetVersion())) {
            last = new Rendered(screening.rulesetVersion(), ScreeningJson.rulesToJson(screening),
                    ScreeningJson.indicationsToJson(screening));
            rendered = last;
        }
        return last;
    }

    private record Rendered(String version, JsonNode rules, JsonNode indications) {
    }
}
