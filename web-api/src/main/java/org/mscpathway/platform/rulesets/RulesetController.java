package org.mscpathway.platform.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.CaseWhatIf;
import org.mscpathway.workflow.ruleset.RulesetFieldError;
import org.mscpathway.workflow.ruleset.RulesetGovernance;
import org.mscpathway.workflow.ruleset.StoredRuleset;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ruleset governance over the API. Any signed-in user reads the versions and their documents; drafting, the
 * what-if, approval, activation and the export are for administrators (the security configuration says so, and
 * {@link RulesetRequests#admin} again, so a page or a future route cannot forget it). Each change is audited in
 * the transaction that makes it.
 */
@RestController
@RequestMapping("/api/v1/rulesets")
record RulesetController(
        RulesetGovernance governance,
        CaseWhatIf whatIf,
        RulesetExport export,
        AuditedCommands commands) {

    @Operation(summary = "The ruleset versions and their state (any user)")
    @GetMapping
    List<RulesetSummary> versions() {
        return governance.versions().stream().map(RulesetSummary::of).toList();
    }

    @Operation(summary = "A version's catalogue document, in the shipped file's format (any user)")
    @GetMapping(path = "/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    String document(@PathVariable String version) {
        return governance.document(version);
    }

    @Operation(summary = "Draft a new version from a stored one (administrator)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RulesetSummary> draft(@RequestBody JsonNode body, Actor actor, HttpServletRequest request) {
        var author = RulesetRequests.admin(actor);
        var draft = RulesetRequests.draft(body);
        StoredRuleset stored = commands.run(request, actor, () -> governance.draft(draft, author));
        return ResponseEntity.created(URI.create("/api/v1/rulesets/" + stored.version()))
                .body(RulesetSummary.of(stored));
    }

    @Operation(summary = "Which open and recently closed cases a version would change, and how (administrator)")
    @GetMapping("/{version}/what-if")
    WhatIfResponse whatIf(@PathVariable String version, Actor actor) {
        RulesetRequests.admin(actor);
        return WhatIfResponse.run(whatIf, governance.screening(version), actor);
    }

    @Operation(summary = "Approve a draft: a second administrator, never its author")
    @PostMapping("/{version}/approve")
    RulesetSummary approve(@PathVariable String version, Actor actor, HttpServletRequest request) {
        var approver = RulesetRequests.admin(actor);
        return RulesetSummary.of(commands.run(request, actor, () -> governance.approve(version, approver)));
    }

    @Operation(summary = "Activate an approved version; the active one is retired (administrator)")
    @PostMapping("/{version}/activate")
    RulesetSummary activate(@PathVariable String version, Actor actor, HttpServletRequest request) {
        var admin = RulesetRequests.admin(actor);
        commands.run(request, actor, () -> governance.activate(version, admin));
        return RulesetSummary.of(governance.version(version));
    }

    @Operation(summary = "A version as a document for the governance committee: markdown or html (administrator)")
    @GetMapping("/{version}/export")
    ResponseEntity<String> export(@PathVariable String version,
                                  @RequestParam(defaultValue = "markdown") String format, Actor actor) {
        RulesetRequests.admin(actor);
        return export.response(version, format);
    }

    @Operation(summary = "What is wrong with a catalogue file, by key; an empty list when it would pass (administrator)")
    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<RulesetFieldError> validate(@RequestBody String document, Actor actor) {
        RulesetRequests.admin(actor);
        return governance.problemsOf(document);
    }
}
