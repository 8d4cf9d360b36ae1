package org.mscpathway.platform.ui.physician;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditOutcome;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.ui.FieldMessages;
import org.mscpathway.platform.ui.PatientHeader;
import org.mscpathway.platform.ui.SignedIn;
import org.mscpathway.screening.assessment.TreatmentPlan;
import org.mscpathway.workflow.pathway.CaseCursor;
import org.mscpathway.workflow.pathway.CasePage;
import org.mscpathway.workflow.pathway.CaseSummary;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.DecisionNotAllowedException;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.pathway.StaleCaseException;
import org.mscpathway.workflow.pathway.Step;
import org.mscpathway.workflow.pathway.StepOutOfTurnException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /physician}: the physician's queue (plans awaiting approval, ineligibility reviews; never their own cases),
 * each row the case's card: MRN, age and sex, outcome, main finding, what waits and since when (one read per page);
 * {@code /cases/{id}/review}: the plan with each adjustment and the finding behind it, and the decision form.
 */
@Controller
record PhysicianController(ScreeningCases cases, AuditTrail audit, AuditedCommands commands, Clock clock) {

    /** Cases a queue page holds, newest first; older ones are a link away. */
    private static final int PAGE = 100;

    private static final String ACTION = "UI POST /cases/{id}/decision";

    @GetMapping("/physician")
    String queue(@RequestParam(required = false) String after, Actor actor, Model model) {
        CasePage page = actor.has(Role.PHYSICIAN)
                ? cases.worklist(actor.username(), Set.of(Role.PHYSICIAN), actor.teams(),
                        new CasePage.Request(CaseCursor.parse("after", after), PAGE))
                : new CasePage(List.of(), null);
        List<CaseSummary> mine = page.cases();
        model.addAttribute("older", page.next() == null ? null : page.next().token());
        // the rows show the patient's age on this day (the card keeps the birth date)
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("approvals", mine.stream().filter(c -> c.currentStep() == Step.PLAN_APPROVAL).toList());
        model.addAttribute("reviews",
                mine.stream().filter(c -> c.currentStep() == Step.INELIGIBILITY_REVIEW).toList());
        return "physician/queue";
    }

    @GetMapping("/cases/{id}/review")
    String review(@PathVariable UUID id, Actor actor, Model model) {
        CaseView c = cases.view(id, actor.teams());
        return render(c, DecisionForm.of(plan(c)), FieldMessages.none(), model);
    }

    @PostMapping("/cases/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Actor actor,
                  Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        DecisionForm form = DecisionForm.read(params);
        CaseView c = cases.view(id, actor.teams());
        try {
            commands.run(actor, ACTION, id, () -> cases.decide(id, form.toDecision(plan(c)),
                    SignedIn.as(actor, Role.PHYSICIAN), version(params)));
        } catch (InvalidCaseDataException invalid) {
            record(actor, id, AuditOutcome.INVALID);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problem", "The decision was not recorded: see the messages beside the fields.");
            return render(c, form, FieldMessages.of(invalid), model);
        } catch (DecisionNotAllowedException notAllowed) {
            record(actor, id, AuditOutcome.DENIED);
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("problem", "You cannot decide on this case: " + notAllowed.getMessage() + ".");
            return render(c, form, FieldMessages.none(), model);
        } catch (StepOutOfTurnException | StaleCaseException moved) {
            record(actor, id, AuditOutcome.CONFLICT);
            redirect.addFlashAttribute("problem", "The case moved on meanwhile (" + moved.getMessage() + ").");
            return "redirect:/cases/" + id + "/review";
        }
        redirect.addFlashAttribute("notice", "Decision recorded.");
        return "redirect:/cases/" + id;
    }

    private String render(CaseView c, DecisionForm form, FieldMessages errors, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("patient", PatientHeader.of(c.patient(), LocalDate.now()));
        model.addAttribute("assessment", c.assessment());
        model.addAttribute("plan", plan(c));
        model.addAttribute("adjustments", Adjustment.of(plan(c), c.assessment()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "physician/review";
    }

    private static TreatmentPlan plan(CaseView c) {
        return c.plan() == null ? null : c.plan().plan();
    }

    private void record(Actor actor, UUID id, AuditOutcome outcome) {
        audit.record(actor, ACTION, id, outcome);
    }

    private static Integer version(MultiValueMap<String, String> params) {
        try {
            String version = params.getFirst("version");
            return version == null || version.isBlank() ? null : Integer.valueOf(version.trim());
        } catch (NumberFormatException tampered) {
            return null;
        }
    }
}
