package org.mscpathway.platform.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mscpathway.platform.audit.AuditOutcome;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.ui.UiPage;
import org.mscpathway.workflow.pathway.CaseWhatIf;
import org.mscpathway.workflow.ruleset.FourEyesException;
import org.mscpathway.workflow.ruleset.InvalidRulesetException;
import org.mscpathway.workflow.ruleset.RulesetDraft;
import org.mscpathway.workflow.ruleset.RulesetFieldError;
import org.mscpathway.workflow.ruleset.RulesetGovernance;
import org.mscpathway.workflow.ruleset.RulesetStateException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /rulesets} (administrators): the versions and their state, a draft from the active version (thresholds
 * in a form, or a whole catalogue pasted or imported from a file, with what is wrong named by key), the what-if
 * table, approval by a second administrator, activation, and the committee's export.
 */
@Controller
@UiPage
record RulesetPages(
        RulesetGovernance governance,
        CaseWhatIf whatIf,
        RulesetExport export,
        AuditedCommands commands,
        AuditTrail audit,
        ObjectMapper json) {

    @GetMapping("/rulesets")
    String list(Model model, Actor actor) {
        model.addAttribute("versions", governance.versions());
        model.addAttribute("username", actor.username());
        return "rulesets/list";
    }

    @GetMapping("/rulesets/new")
    String form(Model model) throws IOException {
        String basedOn = governance.active().rulesetVersion();
        return render(model, basedOn, "", "", "", thresholds(basedOn), List.of());
    }

    @PostMapping("/rulesets")
    String draft(@RequestParam MultiValueMap<String, String> params,
                 @RequestParam(name = "file", required = false) MultipartFile file, Actor actor, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        var author = RulesetRequests.admin(actor);
        String basedOn = params.getFirst("basedOn");
        String version = params.getFirst("version");
        String summary = params.getFirst("summary");
        String pasted = file != null && !file.isEmpty()
                ? new String(file.getBytes(), StandardCharsets.UTF_8) : params.getFirst("catalogue");
        try {
            RulesetDraft draft = new RulesetDraft(basedOn, version, summary, catalogue(basedOn, pasted, params));
            commands.run(actor, "UI POST /rulesets", null, () -> governance.draft(draft, author));
        } catch (InvalidRulesetException | RulesetStateException refused) {
            audit.record(actor, "UI POST /rulesets", null, AuditOutcome.INVALID);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            List<RulesetFieldError> errors = refused instanceof InvalidRulesetException invalid ? invalid.errors()
                    : List.of(new RulesetFieldError("version", refused.getMessage()));
            model.addAttribute("problem", "The draft was not saved: " + errors.size()
                    + " problem(s), each named by its key below.");
            return render(model, basedOn, version, summary, pasted == null ? "" : pasted, submitted(params),
                    errors);
        }
        redirect.addFlashAttribute("notice", "Ruleset " + version + " drafted. A second administrator approves it"
                + " after looking at its what-if.");
        return "redirect:/rulesets";
    }

    @GetMapping("/rulesets/{version}/what-if")
    String whatIf(@PathVariable String version, Model model, Actor actor) {
        model.addAttribute("ruleset", governance.version(version));
        model.addAttribute("report", WhatIfResponse.run(whatIf, governance.screening(version), actor));
        model.addAttribute("patientData", WhatIfResponse.mayReadPatientData(actor));
        return "rulesets/what-if";
    }

    @PostMapping("/rulesets/{version}/approve")
    String approve(@PathVariable String version, Actor actor, RedirectAttributes redirect) {
        var approver = RulesetRequests.admin(actor);
        return step(actor, "UI POST /rulesets/{version}/approve", redirect, "Ruleset " + version + " approved.",
                () -> governance.approve(version, approver));
    }

    @PostMapping("/rulesets/{version}/activate")
    String activate(@PathVariable String version, Actor actor, RedirectAttributes redirect) {
        var admin = RulesetRequests.admin(actor);
        return step(actor, "UI POST /rulesets/{version}/activate", redirect, "Ruleset " + version
                        + " is active: new evaluations use it; open cases keep theirs until re-screened.",
                () -> governance.activate(version, admin));
    }

    @GetMapping("/rulesets/{version}/export")
    ResponseEntity<String> export(@PathVariable String version,
                                  @RequestParam(defaultValue = "html") String format) {
        return export.response(version, format);
    }

    private String step(Actor actor, String action, RedirectAttributes redirect, String notice, Runnable command) {
        try {
            commands.run(actor, action, null, command);
            redirect.addFlashAttribute("notice", notice);
        } catch (FourEyesException | RulesetStateException refused) {
            audit.record(actor, action, null,
                    refused instanceof FourEyesException ? AuditOutcome.DENIED : AuditOutcome.INVALID);
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/rulesets";
    }

    /** A pasted or imported catalogue wins; otherwise the base version's document with the form's thresholds. */
    private JsonNode catalogue(String basedOn, String pasted, MultiValueMap<String, String> params)
            throws IOException {
        if (pasted != null && !pasted.isBlank()) {
            try {
                return json.readTree(pasted);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new InvalidRulesetException(List.of(new RulesetFieldError("catalogue",
                        "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                                + e.getLocation().getColumnNr() + ")")));
            }
        }
        if (basedOn == null || basedOn.isBlank()) {
            return null;
        }
        ObjectNode document = (ObjectNode) json.readTree(governance.document(basedOn));
        document.remove("rulesetVersion");
        ObjectNode thresholds = (ObjectNode) document.path("thresholds");
        submitted(params).forEach((group, values) -> values.forEach((key, value) -> {
            if (thresholds.path(group).isObject()) {
                ObjectNode node = (ObjectNode) thresholds.get(group);
                try {
                    node.put(key, new java.math.BigDecimal(value.trim()));
                } catch (NumberFormatException notANumber) {
                    node.put(key, value); // the catalogue's validation names the key and what it must be
                }
            }
        }));
        return document;
    }

    /** The form's {@code thresholds.<group>.<key>} fields, grouped. */
    private static Map<String, Map<String, String>> submitted(MultiValueMap<String, String> params) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            String[] parts = name.split("\\.");
            if (parts.length == 3 && parts[0].equals("thresholds") && !values.isEmpty()) {
                groups.computeIfAbsent(parts[1], g -> new LinkedHashMap<>()).put(parts[2], values.get(0));
            }
        });
        return groups;
    }

    private Map<String, Map<String, String>> thresholds(String version) throws IOException {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        json.readTree(governance.document(version)).path("thresholds").fields().forEachRemaining(group -> {
            Map<String, String> values = new LinkedHashMap<>();
            group.getValue().fields().forEachRemaining(t -> values.put(t.getKey(), t.getValue().asText()));
            groups.put(group.getKey(), values);
        });
        return groups;
    }

    private String render(Model model, String basedOn, String version, String summary, String catalogue,
                          Map<String, Map<String, String>> thresholds, List<RulesetFieldError> errors) {
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("version", version);
        model.addAttribute("summary", summary);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("thresholds", thresholds);
        model.addAttribute("errors", errors);
        model.addAttribute("versions", governance.versions());
        return "rulesets/draft";
    }
}
