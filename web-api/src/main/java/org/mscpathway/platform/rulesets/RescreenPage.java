package org.mscpathway.platform.rulesets;

import java.util.UUID;
import org.mscpathway.platform.audit.AuditOutcome;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.CaseRescreen;
import org.mscpathway.workflow.pathway.StepOutOfTurnException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's "Re-screen" button (coordinators and physicians): see {@link CaseRescreen}. */
@Controller
class RescreenPage {

    private static final String ACTION = "UI POST /cases/{id}/rescreen";

    private final CaseRescreen rescreen;
    private final AuditedCommands commands;
    private final AuditTrail audit;

    RescreenPage(CaseRescreen rescreen, AuditedCommands commands, AuditTrail audit) {
        this.rescreen = rescreen;
        this.commands = commands;
        this.audit = audit;
    }

    @PostMapping("/cases/{id}/rescreen")
    String rescreen(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        var as = RescreenController.caseActor(actor);
        try {
            String outcome = commands.run(actor, ACTION, id, () -> rescreen.rescreen(id, as));
            redirect.addFlashAttribute("notice", "Re-screened under the active ruleset: " + outcome
                    + ". The earlier assessments stay in the timeline.");
        } catch (StepOutOfTurnException refused) {
            audit.record(actor, ACTION, id, AuditOutcome.INVALID);
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/cases/" + id;
    }
}
