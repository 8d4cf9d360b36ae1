package org.mscpathway.platform.evaluations;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.json.ScreeningJson;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule catalogue in use, with its ruleset version; it cannot change while the platform runs. */
@RestController
class CatalogueController {

    private final JsonNode rules;
    private final JsonNode indications;

    CatalogueController(Screening screening) {
        this.rules = ScreeningJson.rulesToJson(screening);
        this.indications = ScreeningJson.indicationsToJson(screening);
    }

    @Operation(summary = "The contraindication rules, their groups and severities (any user)")
    @GetMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode rules() {
        return rules;
    }

    @Operation(summary = "The indications and their treatment plans (any user)")
    @GetMapping(path = "/api/v1/indications", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode indications() {
        return indications;
    }
}
