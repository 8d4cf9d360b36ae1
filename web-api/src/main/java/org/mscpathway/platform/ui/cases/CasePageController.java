package org.mscpathway.platform.ui.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditOutcome;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.interop.FhirImportDrafts;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.ui.FieldMessages;
import org.mscpathway.platform.ui.PatientHeader;
import org.mscpathway.platform.ui.SignedIn;
import org.mscpathway.workflow.pathway.CaseView;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /cases/{id}}: the patient header, the form of the step the case waits at (all three data forms and the
 * checklist at the missing-data step), the data entered, the timeline; {@code /cases/{id}/assessment}: the latest
 * assessment. A refused step comes back with each message beside its field and the input as typed.
 */
@Controller
class CasePageController {

    private static final String VIEW = "cases/case";

    private final ScreeningCases cases;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final AuditedCommands commands;
    private final FhirImportDrafts fhirImports;

    CasePageController(ScreeningCases cases, Timeline timeline, AuditTrail audit, AuditedCommands commands,
                       FhirImportDrafts fhirImports) {
        this.cases = cases;
        this.timeline = timeline;
        this.audit = audit;
        this.commands = commands;
        this.fhirImports = fhirImports;
    }

    /**
     * A pending FHIR import fills each form whose section the case does not hold yet, and every form when it is
     * newer than the case's last change: the coordinator checks the values and saves the step.
     */
    @GetMapping("/cases/{id}")
    String page(@PathVariable UUID id, Model model) {
        CaseView c = cases.view(id);
        Optional<FhirImportDrafts.Draft> draft = fhirImports.find(id).filter(found -> c.currentStep() != null);
        boolean newer = draft.map(found -> found.importedAt().isAfter(c.updatedAt())).orElse(false);
        JsonNode history = imported(draft, newer, "medicalHistory", c.medicalHistory());
        JsonNode exam = imported(draft, newer, "physicalExam", c.physicalExam());
        JsonNode investigations = imported(draft, newer, "investigations", c.investigations());
        boolean fromImport = history != c.medicalHistory() || exam != c.physicalExam()
                || investigations != c.investigations();
        model.addAttribute("fhirImport", fromImport ? draft.get() : null);
        return render(c, model, SectionForm.of(SectionSpec.MEDICAL_HISTORY, history),
                SectionForm.of(SectionSpec.PHYSICAL_EXAM, exam),
                SectionForm.of(SectionSpec.INVESTIGATIONS, investigations), FieldMessages.none());
    }

    private static JsonNode imported(Optional<FhirImportDrafts.Draft> draft, boolean newer, String section,
                                     JsonNode entered) {
        return draft.filter(found -> newer || entered == null || entered.isNull())
                .map(found -> found.sections().get(section))
                .orElse(entered);
    }

    @GetMapping("/cases/{id}/assessment")
    String assessment(@PathVariable UUID id, Model model) {
        CaseView c = cases.view(id);
        model.addAttribute("c", c);
        model.addAttribute("patient", PatientHeader.of(c.patient(), LocalDate.now()));
        model.addAttribute("assessment", c.assessment());
        return "cases/assessment";
    }

    @PostMapping("/cases/{id}/medical-history")
    String medicalHistory(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Actor actor,
                          Model model, RedirectAttributes redirect) {
        SectionForm form = SectionForm.read(SectionSpec.MEDICAL_HISTORY, params);
        return submit(id, "medical-history", version(params), actor, model, redirect, form, null, null,
                () -> cases.submitMedicalHistory(id, form.toJson(SectionSpec.MEDICAL_HISTORY),
                        SignedIn.as(actor, Role.COORDINATOR), version(params)));
    }

    @PostMapping("/cases/{id}/physical-exam")
    String physicalExam(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Actor actor,
                        Model model, RedirectAttributes redirect) {
        SectionForm form = SectionForm.read(SectionSpec.PHYSICAL_EXAM, params);
        return submit(id, "physical-exam", version(params), actor, model, redirect, null, form, null,
                () -> cases.submitPhysicalExam(id, form.toJson(SectionSpec.PHYSICAL_EXAM),
                        SignedIn.as(actor, Role.COORDINATOR), version(params)));
    }

    @PostMapping("/cases/{id}/investigations")
    String investigations(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Actor actor,
                          Model model, RedirectAttributes redirect) {
        SectionForm form = SectionForm.read(SectionSpec.INVESTIGATIONS, params);
        ObjectNode json = form.toJson(SectionSpec.INVESTIGATIONS);
        Terminology.addUnits(json);
        return submit(id, "investigations", version(params), actor, model, redirect, null, null, form,
                () -> cases.submitInvestigations(id, json, SignedIn.as(actor, Role.COORDINATOR), version(params)));
    }

    @PostMapping("/cases/{id}/withdraw")
    String withdraw(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        try {
            commands.run(actor, action("withdraw"), id,
                    () -> cases.withdraw(id, SignedIn.as(actor, Role.COORDINATOR)));
        } catch (StepOutOfTurnException closed) {
            record(actor, "withdraw", id, AuditOutcome.CONFLICT);
            redirect.addFlashAttribute("problem", "The case is already closed.");
            return "redirect:/cases/" + id;
        }
        redirect.addFlashAttribute("notice", "The case was withdrawn.");
        return "redirect:/cases/" + id;
    }

    /** An empty row of a repeatable list, appended by the form's "add" button. */
    @GetMapping("/cases/rows/{list}")
    String row(@PathVariable String list, Model model) {
        if (!java.util.Set.of("conditions", "medications", "allergies", "observations", "imaging").contains(list)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("row", java.util.Map.of());
        model.addAttribute("i", -1);
        model.addAttribute("errors", FieldMessages.none());
        model.addAttribute("labTests", Terminology.LAB_TESTS);
        return "cases/rows :: " + list;
    }

    private String submit(UUID id, String step, Integer version, Actor actor, Model model,
                          RedirectAttributes redirect, SectionForm history, SectionForm exam,
                          SectionForm investigations, Runnable command) {
        try {
            commands.run(actor, action(step), id, command);
        } catch (InvalidCaseDataException invalid) {
            record(actor, step, id, AuditOutcome.INVALID);
            CaseView c = cases.view(id);
            refused();
            model.addAttribute("problem", "Some fields need attention: see the messages beside them.");
            return render(c, model,
                    history != null ? history : SectionForm.of(SectionSpec.MEDICAL_HISTORY, c.medicalHistory()),
                    exam != null ? exam : SectionForm.of(SectionSpec.PHYSICAL_EXAM, c.physicalExam()),
                    investigations != null ? investigations
                            : SectionForm.of(SectionSpec.INVESTIGATIONS, c.investigations()),
                    FieldMessages.of(invalid));
        } catch (StepOutOfTurnException | StaleCaseException moved) {
            record(actor, step, id, AuditOutcome.CONFLICT);
            redirect.addFlashAttribute("problem", "The case moved on while you were editing ("
                    + moved.getMessage() + "). Here is where it stands now.");
            return "redirect:/cases/" + id;
        }
        redirect.addFlashAttribute("notice", "Saved. The case moved on to its next step.");
        return "redirect:/cases/" + id;
    }

    /** A refused form answers 422, as the new-case form does, so that scripts and tests can tell it from a page. */
    private static void refused() {
        var request = (org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        if (request.getResponse() != null) {
            request.getResponse().setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
    }

    private String render(CaseView c, Model model, SectionForm history, SectionForm exam, SectionForm investigations,
                          FieldMessages errors) {
        model.addAttribute("c", c);
        model.addAttribute("patient", PatientHeader.of(c.patient(), LocalDate.now()));
        model.addAttribute("history", history);
        model.addAttribute("exam", exam);
        model.addAttribute("investigations", investigations);
        model.addAttribute("errors", errors);
        model.addAttribute("missing", missing(c.assessment()));
        model.addAttribute("timeline", timeline.of(c.id()));
        model.addAttribute("labTests", Terminology.LAB_TESTS);
        model.addAttribute("labUnits", Terminology.LAB_UNITS);
        model.addAttribute("conditionCodes", Terminology.CONDITIONS);
        model.addAttribute("medicationCodes", Terminology.MEDICATIONS);
        model.addAttribute("dataStep", c.currentStep() != null && c.currentStep().performer()
                == org.mscpathway.workflow.pathway.Role.COORDINATOR);
        model.addAttribute("showsHistory", shows(c, Step.MEDICAL_HISTORY));
        model.addAttribute("showsExam", shows(c, Step.PHYSICAL_EXAM));
        model.addAttribute("showsInvestigations", shows(c, Step.INVESTIGATIONS));
        return VIEW;
    }

    private static boolean shows(CaseView c, Step form) {
        return c.currentStep() == form || c.currentStep() == Step.MISSING_DATA;
    }

    private static JsonNode missing(JsonNode assessment) {
        return assessment == null ? null : assessment.path("missing");
    }

    private void record(Actor actor, String step, UUID id, AuditOutcome outcome) {
        audit.record(actor, action(step), id, outcome);
    }

    private static String action(String step) {
        return "UI POST /cases/{id}/" + step;
    }

    private static Integer version(MultiValueMap<String, String> params) {
        String version = params.getFirst("version");
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.trim());
        } catch (NumberFormatException tampered) {
            return null;
        }
    }
}
