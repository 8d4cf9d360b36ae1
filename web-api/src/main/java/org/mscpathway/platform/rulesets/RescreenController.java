package org.mscpathway.platform.rulesets;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.CaseRescreen;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/cases/{id}/rescreen} (coordinator or physician): the open case moves onto the active ruleset
 * and gets a new assessment; the pathway stays at its step (see {@link CaseRescreen}).
 */
@RestController
class RescreenController {

    private final CaseRescreen rescreen;
    private final AuditedCommands commands;

    RescreenController(CaseRescreen rescreen, AuditedCommands commands) {
        this.rescreen = rescreen;
        this.commands = commands;
    }

    @PostMapping("/api/v1/cases/{id}/rescreen")
    Map<String, String> rescreen(@PathVariable UUID id, Actor actor, HttpServletRequest request) {
        CaseActor as = caseActor(actor);
        String outcome = commands.run(request, actor, () -> rescreen.rescreen(id, as));
        return Map.of("caseId", id.toString(), "outcome", outcome);
    }

    /** A coordinator re-screens as coordinator; a physician (who is no coordinator) as physician. */
    static CaseActor caseActor(Actor actor) {
        Role role = actor.has(Role.COORDINATOR) ? Role.COORDINATOR
                : actor.has(Role.PHYSICIAN) ? Role.PHYSICIAN : Role.ADMIN;
        return actor.as(role);
    }
}
