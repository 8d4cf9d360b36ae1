package org.mscpathway.platform.rulesets;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditOutcome;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.CaseRescreen;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.StepOutOfTurnException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Re-screening an open case (coordinators and physicians), over the API ({@code POST /api/v1/cases/{id}/rescreen})
 * and from the case page's "Re-screen" button: the case moves onto the active ruleset and gets a new assessment;
 * the pathway stays at its step (see {@link CaseRescreen}).
 */
@Controller
record RescreenController(CaseRescreen rescreen, AuditedCommands commands, AuditTrail audit) {

    private static final String PAGE_ACTION = "UI POST /cases/{id}/rescreen";

    @PostMapping("/api/v1/cases/{id}/rescreen")
    @ResponseBody
    Map<String, String> rescreen(@PathVariable UUID id, Actor actor, HttpServletRequest request) {
        CaseActor as = caseActor(actor);
        String outcome = commands.run(request, actor, () -> rescreen.rescreen(id, as));
        return Map.of("caseId", id.toString(), "outcome", outcome);
    }

    @PostMapping("/cases/{id}/rescreen")
    String rescreenFromPage(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        CaseActor as = caseActor(actor);
        try {
            String outcome = commands.run(actor, PAGE_ACTION, id, () -> rescreen.rescreen(id, as));
            redirect.addFlashAttribute("notice", "Re-screened under the active ruleset: " + outcome
                    + ". The earlier assessments stay in the timeline.");
        } catch (StepOutOfTurnException refused) {
            audit.record(actor, PAGE_ACTION, id, AuditOutcome.INVALID);
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/cases/" + id;
    }

    /** A coordinator re-screens as coordinator; a physician (who is no coordinator) as physician. */
    private static CaseActor caseActor(Actor actor) {
        Role role = actor.has(Role.COORDINATOR) ? Role.COORDINATOR
                : actor.has(Role.PHYSICIAN) ? Role.PHYSICIAN : Role.ADMIN;
        return actor.as(role);
    }
}
