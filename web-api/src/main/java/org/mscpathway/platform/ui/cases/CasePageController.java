package org.mscpathway.platform.ui.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditOutcome;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.cases.EnteredJson;
import org.mscpathway.platform.interop.FhirImportDrafts;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.ui.FieldMessages;
import org.mscpathway.platform.ui.PatientHeader;
import org.mscpathway.platform.ui.SignedIn;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.Rulesets;
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
record CasePageController(
        ScreeningCases cases,
        Timeline timeline,
        AuditTrail audit,
        AuditedCommands commands,
        FhirImportDrafts fhirImports,
        Rulesets rulesets,
        MissingItemNames missingNames) {

    private static final String VIEW = "cases/case";

    /**
     * A pending FHIR import fills each form whose section the case does not hold yet, and every form when it is
     * newer than the case's last change: the coordinator checks the values and saves the step.
     */
    @GetMapping("/cases/{id}")
    String page(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean all, Actor actor, Model model) {
        CaseView c = cases.view(id, actor.teams());
        Optional<FhirImportDrafts.Draft> draft = fhirImports.find(id).filter(found -> c.currentStep() != null);
        boolean newer = draft.map(found -> found.importedAt().isAfter(c.updatedAt())).orElse(false);
        JsonNode enteredHistory = EnteredJson.medicalHistory(c.medicalHistory());
        JsonNode enteredExam = EnteredJson.physicalExam(c.physicalExam());
        JsonNode enteredInvestigations = EnteredJson.investigations(c.investigations());
        JsonNode history = imported(draft, newer, "medicalHistory", enteredHistory);
        JsonNode exam = imported(draft, newer, "physicalExam", enteredExam);
        JsonNode investigations = imported(draft, newer, "investigations", enteredInvestigations);
        boolean fromImport = history != enteredHistory || exam != enteredExam
                || investigations != enteredInvestigations;
        model.addAttribute("fhirImport", fromImport ? draft.get() : null);
        return render(c, model, SectionForm.of(SectionSpec.MEDICAL_HISTORY, history),
                SectionForm.of(SectionSpec.PHYSICAL_EXAM, exam),
                SectionForm.of(SectionSpec.INVESTIGATIONS, investigations), FieldMessages.none(),
                new MissingView(null, all || fromImport));
    }

    private static JsonNode imported(Optional<FhirImportDrafts.Draft> draft, boolean newer, String section,
                                     JsonNode entered) {
        return draft.filter(found -> newer || entered == null || entered.isNull())
                .map(found -> found.sections().get(section))
                .orElse(entered);
    }

    @GetMapping("/cases/{id}/assessment")
    String assessment(@PathVariable UUID id, Actor actor, Model model) {
        CaseView c = cases.view(id, actor.teams());
        model.addAttribute("c", c);
        model.addAttribute("patient", PatientHeader.of(c.patient(), LocalDate.now()));
        model.addAttribute("assessment", c.assessment());
        return "cases/assessment";
    }

    /** A data step's full form: medical history, physical exam or lab and imaging results. */
    @PostMapping("/cases/{id}/{step:medical-history|physical-exam|investigations}")
    String dataStep(@PathVariable UUID id, @PathVariable String step,
                    @RequestParam MultiValueMap<String, String> params, Actor actor, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return submit(new DataPost(id, DataForm.at(step), params, actor), model, redirect, response);
    }

    /**
     * The short form of the missing-data step: every row filled in is saved in one step command, or none is; a refused
     * form comes back as typed, each message beside its row and named by the row's item in the summary.
     */
    @PostMapping("/cases/{id}/missing-data")
    String missingData(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Actor actor,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CaseView c = cases.view(id, actor.teams());
        if (c.currentStep() != Step.MISSING_DATA) {
            return movedOn(actor, "missing-data", id, "it waits at " + c.currentStep(), redirect);
        }
        MissingDataForm form = MissingDataForm.read(missing(c.assessment()), params);
        MissingDataForm.Sections sections = form.sections(c);
        if (sections.isEmpty()) {
            refused(response);
            model.addAttribute("problem", "Fill in at least one of the missing items, then save.");
            return render(c, model, FieldMessages.none(), form);
        }
        try {
            commands.run(actor, action("missing-data"), id, () -> cases.submitMissingData(id, sections.body(),
                    SignedIn.as(actor, Role.COORDINATOR), version(params)));
        } catch (InvalidCaseDataException invalid) {
            record(actor, "missing-data", id, AuditOutcome.INVALID);
            refused(response);
            model.addAttribute("problem", "Some fields need attention: see the messages beside them.");
            return render(c, model, sections.messages(invalid.errors(), form, missingNames::label), form);
        } catch (StepOutOfTurnException | StaleCaseException moved) {
            return movedOn(actor, "missing-data", id, moved.getMessage(), redirect);
        }
        redirect.addFlashAttribute("notice", "Saved. The case moved on to its next step.");
        return "redirect:/cases/" + id;
    }

    private String render(CaseView c, Model model, FieldMessages errors, MissingDataForm typed) {
        return render(c, model,
                SectionForm.of(SectionSpec.MEDICAL_HISTORY, EnteredJson.medicalHistory(c.medicalHistory())),
                SectionForm.of(SectionSpec.PHYSICAL_EXAM, EnteredJson.physicalExam(c.physicalExam())),
                SectionForm.of(SectionSpec.INVESTIGATIONS, EnteredJson.investigations(c.investigations())), errors,
                new MissingView(typed, false));
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
        if (!Set.of("conditions", "medications", "allergies", "observations", "imaging").contains(list)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("row", Map.of());
        model.addAttribute("i", -1);
        model.addAttribute("errors", FieldMessages.none());
        model.addAttribute("labTests", Terminology.LAB_TESTS);
        return "cases/rows :: " + list;
    }

    private String submit(DataPost post, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SectionForm form = SectionForm.read(post.form().spec(), post.params());
        UUID id = post.id();
        String step = post.form().step();
        try {
            commands.run(post.actor(), action(step), id, () -> post.form().command().submit(cases, id,
                    post.form().json(form), SignedIn.as(post.actor(), Role.COORDINATOR), version(post.params())));
        } catch (InvalidCaseDataException invalid) {
            record(post.actor(), step, id, AuditOutcome.INVALID);
            CaseView c = cases.view(id, post.actor().teams());
            refused(response);
            model.addAttribute("problem", "Some fields need attention: see the messages beside them.");
            return render(c, model,
                    post.form() == DataForm.MEDICAL_HISTORY ? form
                            : SectionForm.of(SectionSpec.MEDICAL_HISTORY, EnteredJson.medicalHistory(c.medicalHistory())),
                    post.form() == DataForm.PHYSICAL_EXAM ? form
                            : SectionForm.of(SectionSpec.PHYSICAL_EXAM, EnteredJson.physicalExam(c.physicalExam())),
                    post.form() == DataForm.INVESTIGATIONS ? form
                            : SectionForm.of(SectionSpec.INVESTIGATIONS,
                                    EnteredJson.investigations(c.investigations())),
                    FieldMessages.of(invalid), new MissingView(null, true));
        } catch (StepOutOfTurnException | StaleCaseException moved) {
            return movedOn(post.actor(), step, id, moved.getMessage(), redirect);
        }
        redirect.addFlashAttribute("notice", "Saved. The case moved on to its next step.");
        return "redirect:/cases/" + id;
    }

    /** A form posted for a step the case has left: recorded as a conflict, and the case shown as it stands. */
    private String movedOn(Actor actor, String step, UUID id, String where, RedirectAttributes redirect) {
        record(actor, step, id, AuditOutcome.CONFLICT);
        redirect.addFlashAttribute("problem", "The case moved on while you were editing (" + where
                + "). Here is where it stands now.");
        return "redirect:/cases/" + id;
    }

    /** A data step's form as posted, by whom. */
    private record DataPost(UUID id, DataForm form, MultiValueMap<String, String> params, Actor actor) {
    }

    /** The data steps' forms: the address they post to, the section of the record they fill and its command. */
    private enum DataForm {
        MEDICAL_HISTORY("medical-history", SectionSpec.MEDICAL_HISTORY, ScreeningCases::submitMedicalHistory),
        PHYSICAL_EXAM("physical-exam", SectionSpec.PHYSICAL_EXAM, ScreeningCases::submitPhysicalExam),
        INVESTIGATIONS("investigations", SectionSpec.INVESTIGATIONS, ScreeningCases::submitInvestigations);

        private final String step;
        private final SectionSpec spec;
        private final DataStep command;

        DataForm(String step, SectionSpec spec, DataStep command) {
            this.step = step;
            this.spec = spec;
            this.command = command;
        }

        static DataForm at(String step) {
            for (DataForm form : values()) {
                if (form.step.equals(step)) {
                    return form;
                }
            }
            throw new IllegalArgumentException(step);  // the mapping's pattern admits only the three steps
        }

        String step() {
            return step;
        }

        SectionSpec spec() {
            return spec;
        }

        DataStep command() {
            return command;
        }

        /** The section as the API would receive it; lab results without a unit are in the catalogue's. */
        ObjectNode json(SectionForm form) {
            ObjectNode json = form.toJson(spec);
            if (this == INVESTIGATIONS) {
                Terminology.addUnits(json);
            }
            return json;
        }
    }

    /** One of the pathway's data-step commands. */
    @FunctionalInterface
    private interface DataStep {
        void submit(ScreeningCases cases, UUID id, JsonNode section, CaseActor actor, Integer expectedVersion);
    }

    /** A refused form answers 422, as the new-case form does, so that scripts and tests can tell it from a page. */
    private static void refused(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    }

    /**
     * How the missing-data step is shown: the short form (as typed when it was refused, else pre-filled) unless the
     * coordinator asked for all the step forms ({@code all}).
     */
    private record MissingView(MissingDataForm typed, boolean all) {
    }

    private String render(CaseView c, Model model, SectionForm history, SectionForm exam, SectionForm investigations,
                          FieldMessages errors, MissingView missingView) {
        model.addAttribute("c", c);
        model.addAttribute("patient", PatientHeader.of(c.patient(), LocalDate.now()));
        model.addAttribute("history", history);
        model.addAttribute("exam", exam);
        model.addAttribute("investigations", investigations);
        model.addAttribute("errors", errors);
        model.addAttribute("timeline", timeline.of(c));
        model.addAttribute("requestLog", timeline.requestLog(c));
        model.addAttribute("labTests", Terminology.LAB_TESTS);
        model.addAttribute("labUnits", Terminology.LAB_UNITS);
        model.addAttribute("conditionCodes", Terminology.CONDITIONS);
        model.addAttribute("medicationCodes", Terminology.MEDICATIONS);
        model.addAttribute("dataStep", c.currentStep() != null && c.currentStep().performer()
                == org.mscpathway.workflow.pathway.Role.COORDINATOR);
        model.addAttribute("asksPregnancy", PregnancyQuestion.asked(c, rulesets, LocalDate.now()));
        MissingDataForm missingForm = c.currentStep() != Step.MISSING_DATA ? null
                : missingView.typed() != null ? missingView.typed() : MissingDataForm.of(missing(c.assessment()));
        boolean shortForm = missingForm != null && !missingView.all() && missingForm.hasRowsToFill();
        model.addAttribute("missingForm", missingForm);
        model.addAttribute("shortForm", shortForm);
        model.addAttribute("showsHistory", shows(c, Step.MEDICAL_HISTORY, shortForm));
        model.addAttribute("showsExam", shows(c, Step.PHYSICAL_EXAM, shortForm));
        model.addAttribute("showsInvestigations", shows(c, Step.INVESTIGATIONS, shortForm));
        return VIEW;
    }

    private static boolean shows(CaseView c, Step form, boolean shortForm) {
        return c.currentStep() == form || c.currentStep() == Step.MISSING_DATA && !shortForm;
    }

    private static List<MissingData> missing(Assessment assessment) {
        return assessment == null ? null : assessment.missing();
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
