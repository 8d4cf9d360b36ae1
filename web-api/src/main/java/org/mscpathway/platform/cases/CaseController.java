package org.mscpathway.platform.cases;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.CaseStatus;
import org.mscpathway.workflow.pathway.CaseSummary;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.pathway.Step;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The screening cases of the design's REST table. Roles are enforced by the security configuration; the pathway
 * enforces turn order (409), the physician-is-not-the-opener rule (403) and what each body must hold (400).
 * A client may send {@code If-Match} with the case's {@code version} (its ETag) to refuse a stale update.
 */
@RestController
@RequestMapping("/api/v1")
record CaseController(ScreeningCases cases, AuditedCommands commands) {

    @PostMapping("/cases")
    ResponseEntity<CaseResponse> open(@RequestBody JsonNode body, Actor actor, HttpServletRequest request) {
        if (body == null || !body.isObject()) {
            throw new InvalidCaseDataException("body", "the body must be a JSON object with patient and indication");
        }
        JsonNode indication = body.get("indication");
        String team = team(body.get("team"));
        UUID id = commands.run(request, actor, () -> cases.open(body.get("patient"),
                indication == null || !indication.isTextual() ? null : indication.asText(), team,
                actor.as(Role.COORDINATOR)));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(view(id, actor).getBody());
    }

    /** The board, newest first: whole, or a page at a time with {@code limit} and {@code after} (CaseListPage). */
    @GetMapping("/cases")
    ResponseEntity<List<CaseSummary>> board(@RequestParam(required = false) String step,
                                            @RequestParam(required = false) String status,
                                            @RequestParam(required = false) String indication,
                                            @RequestParam(required = false) Integer limit,
                                            @RequestParam(required = false) String after, Actor actor) {
        Step atStep = parse(Step.class, "step", step);
        CaseStatus withStatus = parse(CaseStatus.class, "status", status);
        String ofIndication = indication == null || indication.isBlank() ? null : indication;
        var link = UriComponentsBuilder.fromPath("/api/v1/cases")
                .queryParamIfPresent("step", java.util.Optional.ofNullable(atStep))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(withStatus))
                .queryParamIfPresent("indication", java.util.Optional.ofNullable(ofIndication));
        return CaseListPage.answer(limit, after,
                () -> cases.board(atStep, withStatus, ofIndication, actor.teams()),
                page -> cases.board(atStep, withStatus, ofIndication, actor.teams(), page), link);
    }

    @GetMapping("/cases/{id}")
    ResponseEntity<CaseResponse> view(@PathVariable UUID id, Actor actor) {
        CaseResponse response = CaseResponse.of(cases.view(id, actor.teams()));
        return ResponseEntity.ok().eTag(Integer.toString(response.version())).body(response);
    }

    @PutMapping("/cases/{id}/medical-history")
    ResponseEntity<CaseResponse> medicalHistory(@PathVariable UUID id, @RequestBody JsonNode body, Actor actor,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch, HttpServletRequest request) {
        return submit(id, body, actor, ifMatch, request, cases::submitMedicalHistory);
    }

    @PutMapping("/cases/{id}/physical-exam")
    ResponseEntity<CaseResponse> physicalExam(@PathVariable UUID id, @RequestBody JsonNode body, Actor actor,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch, HttpServletRequest request) {
        return submit(id, body, actor, ifMatch, request, cases::submitPhysicalExam);
    }

    @PutMapping("/cases/{id}/investigations")
    ResponseEntity<CaseResponse> investigations(@PathVariable UUID id, @RequestBody JsonNode body, Actor actor,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch, HttpServletRequest request) {
        return submit(id, body, actor, ifMatch, request, cases::submitInvestigations);
    }

    /** A data step's section, read and checked by the pathway (every bad field named at once), then the case. */
    private ResponseEntity<CaseResponse> submit(UUID id, JsonNode body, Actor actor, String ifMatch,
                                                HttpServletRequest request, DataStep step) {
        commands.run(request, actor, () -> step.submit(id, body, actor.as(Role.COORDINATOR), version(ifMatch)));
        return view(id, actor);
    }

    /** One of the pathway's data-step commands. */
    @FunctionalInterface
    interface DataStep {
        void submit(UUID id, JsonNode section, CaseActor actor, Integer expectedVersion);
    }

    @PostMapping("/cases/{id}/decision")
    ResponseEntity<CaseResponse> decide(@PathVariable UUID id, @RequestBody JsonNode body, Actor actor,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                        String ifMatch, HttpServletRequest request) {
        commands.run(request, actor,
                () -> cases.decide(id, DecisionRequest.read(body), actor.as(Role.PHYSICIAN), version(ifMatch)));
        return view(id, actor);
    }

    @PostMapping("/cases/{id}/withdraw")
    ResponseEntity<CaseResponse> withdraw(@PathVariable UUID id, Actor actor, HttpServletRequest request) {
        commands.run(request, actor, () -> cases.withdraw(id, actor.as(Role.COORDINATOR)));
        return view(id, actor);
    }

    /**
     * My worklist: open cases waiting at a step of any of my roles, newest first; whole, or a page at a time with
     * {@code limit} and {@code after} (CaseListPage).
     */
    @GetMapping("/tasks")
    ResponseEntity<List<CaseSummary>> tasks(@RequestParam(required = false) Integer limit,
                                            @RequestParam(required = false) String after, Actor actor) {
        return CaseListPage.answer(limit, after,
                () -> cases.worklist(actor.username(), actor.roles(), actor.teams()),
                page -> cases.worklist(actor.username(), actor.roles(), actor.teams(), page),
                UriComponentsBuilder.fromPath("/api/v1/tasks"));
    }

    /** The care team to open the case in: absent (null) lets the pathway take the opener's only team. */
    private static String team(JsonNode team) {
        if (team == null || team.isNull()) {
            return null;
        }
        if (!team.isTextual() || !CareTeams.isName(team.asText())) {
            throw new InvalidCaseDataException("team", "must be a care team name: 1 to 40 characters of a-z, 0-9"
                    + " and '-'");
        }
        return team.asText();
    }

    private static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidCaseDataException("If-Match", "must be the case version from its ETag, e.g. \"3\"");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseDataException(name, "must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
