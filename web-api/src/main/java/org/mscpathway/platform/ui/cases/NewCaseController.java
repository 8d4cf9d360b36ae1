package org.mscpathway.platform.ui.cases;

import java.util.List;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditOutcome;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.ui.FieldMessages;
import org.mscpathway.platform.ui.SignedIn;
import org.mscpathway.screening.Screening;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /cases/new}: a coordinator opens a case for a patient and an indication; the pathway starts at history. */
@Controller
record NewCaseController(ScreeningCases cases, Screening screening, AuditTrail audit, AuditedCommands commands) {

    @GetMapping("/cases/new")
    String form(Actor actor, Model model) {
        return render(model, actor, SectionForm.empty(SectionSpec.PATIENT), "", "", FieldMessages.none());
    }

    @PostMapping("/cases")
    String open(@RequestParam MultiValueMap<String, String> params, Actor actor, Model model,
                RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        SectionForm patient = SectionForm.read(SectionSpec.PATIENT, params);
        String indication = params.getFirst("indication");
        String team = params.getFirst("team") == null || params.getFirst("team").isBlank() ? null
                : params.getFirst("team");
        UUID id;
        try {
            id = commands.run(actor, "UI POST /cases", null,
                    () -> cases.open(patient.toJson(SectionSpec.PATIENT), indication, team,
                            SignedIn.as(actor, Role.COORDINATOR)));
        } catch (InvalidCaseDataException invalid) {
            audit.record(actor, "UI POST /cases", null, AuditOutcome.INVALID);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problem", "Some fields need attention: see the messages beside them.");
            return render(model, actor, patient, indication == null ? "" : indication, team == null ? "" : team,
                    FieldMessages.of(invalid));
        }
        redirect.addFlashAttribute("notice", "Case opened. Next: the medical history.");
        return "redirect:/cases/" + id;
    }

    /** Someone who works in several care teams chooses the case's; with one team, there is nothing to choose. */
    private String render(Model model, Actor actor, SectionForm patient, String indication, String team,
                          FieldMessages errors) {
        model.addAttribute("patient", patient);
        model.addAttribute("indication", indication);
        model.addAttribute("team", team);
        model.addAttribute("teams", actor.teams().names().size() > 1 ? actor.teams().sorted() : List.of());
        model.addAttribute("indications", screening.indications());
        model.addAttribute("errors", errors);
        return "cases/new";
    }
}
