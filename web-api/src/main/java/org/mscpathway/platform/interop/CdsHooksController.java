package org.mscpathway.platform.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import org.mscpathway.interop.cdshooks.CardFeedback;
import org.mscpathway.interop.cdshooks.CdsHooksService;
import org.mscpathway.interop.cdshooks.CdsResponse;
import org.mscpathway.interop.cdshooks.InvalidCdsRequestException;
import org.mscpathway.platform.security.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CDS Hooks 2.0 endpoints: discovery, the MSC eligibility service (patient-view and order-select) and its
 * feedback. EHRs call them with a bearer token (or HTTP Basic) for a platform account; the cards issued and the
 * feedback are recorded without patient data.
 */
@RestController
class CdsHooksController {

    private final CdsHooksService service;
    private final CdsCards cards;
    private final Clock clock = Clock.systemUTC();

    CdsHooksController(CdsHooksService service, CdsCards cards) {
        this.service = service;
        this.cards = cards;
    }

    @Operation(summary = "CDS Hooks discovery (any role)")
    @GetMapping(path = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode discovery() {
        return service.discovery();
    }

    @Operation(summary = "MSC eligibility cards for a patient-view or order-select hook (coordinator, physician)")
    @PostMapping(path = "/cds-services/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode respond(@PathVariable String id, @RequestBody JsonNode request, Actor actor) {
        requireService(id);
        if (request == null || !request.isObject()) {
            throw new InvalidCdsRequestException("body", "must be a CDS Hooks request object");
        }
        CdsResponse response = service.respond(request);
        cards.issued(id, request.path("hook").asText(), request.path("hookInstance").asText(), response.cards(),
                actor.username(), clock.instant());
        return response.json();
    }

    @Operation(summary = "Record what the clinician did with this service's cards (coordinator, physician)")
    @PostMapping(path = "/cds-services/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> feedback(@PathVariable String id, @RequestBody JsonNode body, Actor actor) {
        requireService(id);
        cards.feedback(CardFeedback.read(body), actor.username(), clock.instant());
        return ResponseEntity.ok().build();
    }

    private static void requireService(String id) {
        if (!CdsHooksService.isService(id)) {
            throw new UnknownCdsServiceException("this platform offers the CDS services "
                    + CdsHooksService.SERVICE_ID + " and " + CdsHooksService.ORDER_SELECT_ID);
        }
    }
}
