package org.mscpathway.platform.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.interop.careplan.ApprovedPlan;
import org.mscpathway.interop.careplan.CarePlanExport;
import org.mscpathway.interop.fhir.BundleImport;
import org.mscpathway.interop.fhir.ImportResult;
import org.mscpathway.interop.fhir.Unmapped;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.json.ScreeningJson;
import org.mscpathway.workflow.pathway.CaseStatus;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.Decision;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.PlanVersion;
import org.mscpathway.workflow.pathway.RecordedDecision;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.pathway.Step;
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
 * Cases and FHIR: open a case from a Bundle, import a Bundle into a case for the coordinator to confirm step by
 * step (nothing is submitted for them: an import only fills the forms), and the approved plan as a FHIR CarePlan.
 */
@RestController
@RequestMapping("/api/v1/cases")
class FhirCaseController {

    private static final Set<Step> DATA_STEPS = Set.of(Step.MEDICAL_HISTORY, Step.PHYSICAL_EXAM, Step.INVESTIGATIONS,
            Step.MISSING_DATA);

    private final ScreeningCases cases;
    private final AuditedCommands commands;
    private final BundleImport bundleImport;
    private final PatientRecordReader records;
    private final FhirImportDrafts drafts;
    private final CarePlanExport carePlans;
    private final Clock clock = Clock.systemUTC();

    FhirCaseController(ScreeningCases cases, AuditedCommands commands, BundleImport bundleImport,
            PatientRecordReader records, FhirImportDrafts drafts, CarePlanExport carePlans) {
        this.cases = cases;
        this.commands = commands;
        this.bundleImport = bundleImport;
        this.records = records;
        this.drafts = drafts;
        this.carePlans = carePlans;
    }

    @Operation(summary = "Open a case from a FHIR R4 Bundle; the rest of the Bundle waits as an import to confirm "
            + "(coordinator)")
    @PostMapping(consumes = FhirMedia.FHIR_JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> open(@RequestBody String bundle, @RequestParam(required = false) String indication,
            @RequestParam(required = false) String team, Actor actor, HttpServletRequest request) {
        ImportResult imported = readable(bundleImport.read(bundle, indication));
        UUID id = commands.run(request, actor, () -> {
            UUID opened;
            try {
                opened = cases.open(imported.record().get("patient"), indication, team,
                        actor.as(org.mscpathway.workflow.pathway.Role.COORDINATOR));
            } catch (InvalidCaseDataException e) {
                throw FhirRecordRejectedException.of(e, imported);
            }
            drafts.save(draft(opened, imported, actor));
            return opened;
        });
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id))
                .body(answer(drafts.find(id).orElseThrow(), Step.MEDICAL_HISTORY));
    }

    @Operation(summary = "Import a FHIR R4 Bundle into the case's current step, for the coordinator to confirm "
            + "(coordinator)")
    @PostMapping(path = "/{id}/fhir-import", consumes = FhirMedia.FHIR_JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode importInto(@PathVariable UUID id, @RequestBody String bundle, Actor actor, HttpServletRequest request) {
        CaseView view = cases.view(id, actor.teams());
        if (view.status() != CaseStatus.OPEN || !DATA_STEPS.contains(view.currentStep())) {
            throw new FhirImportRefusedException("case " + id + " is " + view.status()
                    + (view.currentStep() == null ? "" : " at " + view.currentStep())
                    + "; a FHIR import fills MEDICAL_HISTORY, PHYSICAL_EXAM, INVESTIGATIONS or MISSING_DATA");
        }
        ImportResult imported = readable(bundleImport.read(bundle, view.indication()));
        String bundlePatient = imported.record().path("patient").path("reference").asText("");
        if (!bundlePatient.equals(view.patient().reference())) {
            throw new FhirImportRefusedException("the Bundle's Patient is not case " + id + "'s patient (their "
                    + "identifiers differ, or the Bundle holds no Patient): an import fills one patient's case only");
        }
        FhirImportDrafts.Draft draft = draft(id, imported, actor);
        commands.run(request, actor, () -> drafts.save(draft));
        return answer(draft, view.currentStep());
    }

    @Operation(summary = "The FHIR import waiting for the coordinator's confirmation (coordinator or physician of "
            + "the case's team)")
    @GetMapping(path = "/{id}/fhir-import", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode pendingImport(@PathVariable UUID id, Actor actor) {
        CaseView view = cases.view(id, actor.teams());
        FhirImportDrafts.Draft draft = drafts.find(id)
                .orElseThrow(() -> new NoFhirImportException("case " + id + " has no FHIR import"));
        return answer(draft, view.currentStep());
    }

    @Operation(summary = "The approved plan as a FHIR R4 CarePlan (coordinator or physician of the case's team)")
    @GetMapping(path = "/{id}/careplan", produces = FhirMedia.FHIR_JSON)
    ResponseEntity<String> carePlan(@PathVariable UUID id, Actor actor) {
        CaseView view = cases.view(id, actor.teams());
        RecordedDecision approval = view.status() != CaseStatus.APPROVED ? null : view.decisions().stream()
                .filter(decision -> decision.decision() == Decision.APPROVE && decision.consent() != null)
                .reduce((first, second) -> second)
                .orElse(null);
        if (approval == null) {
            throw new NoApprovedPlanException("case " + id + " is " + view.status()
                    + ": only an APPROVED case has a care plan");
        }
        PlanVersion approved = view.planVersions().stream()
                .filter(version -> approval.planVersion() != null && version.version() == approval.planVersion())
                .findFirst()
                .orElse(view.plan());
        String carePlan = carePlans.toJson(new ApprovedPlan(id, view.patient().reference(),
                ScreeningJson.toJson(approved.plan()), approved.version(), view.rulesetVersion(), approval.decidedBy(), approval.decidedAt(),
                approval.consent().obtainedOn(), approval.consent().formVersion()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FhirMedia.FHIR_JSON)).body(carePlan);
    }

    /** The whole record must be one the evaluator reads: a refused field is named with its FHIR resource. */
    private ImportResult readable(ImportResult imported) {
        try {
            records.read(imported.record());
        } catch (InvalidRecordException e) {
            boolean onlyIndication = e.errors().stream().allMatch(error -> error.path().equals("indication"));
            if (!onlyIndication) {
                throw FhirRecordRejectedException.of(e, imported);
            }
        }
        return imported;
    }

    private FhirImportDrafts.Draft draft(UUID caseId, ImportResult imported, Actor actor) {
        JsonNode record = imported.record();
        ObjectNode sections = JsonNodeFactory.instance.objectNode();
        if (record.has("medicalHistory")) {
            sections.set("medicalHistory", record.get("medicalHistory"));
        }
        if (record.has("physicalExam")) {
            sections.set("physicalExam", record.get("physicalExam"));
        }
        if (record.has("observations") || record.has("imaging")) {
            ObjectNode investigations = sections.putObject("investigations");
            investigations.set("observations", record.has("observations") ? record.get("observations")
                    : JsonNodeFactory.instance.arrayNode());
            investigations.set("imaging", record.has("imaging") ? record.get("imaging")
                    : JsonNodeFactory.instance.arrayNode());
        }
        return new FhirImportDrafts.Draft(caseId, sections, imported.unmapped(), actor.username(), clock.instant());
    }

    /**
     * {@code {"caseId", "step", "data", "sections", "unmapped", "importedBy", "importedAt"}}: {@code data} is what
     * the current step's form takes (all sections at MISSING_DATA), {@code sections} everything imported.
     */
    private static ObjectNode answer(FhirImportDrafts.Draft draft, Step step) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("caseId", draft.caseId().toString());
        json.put("step", step == null ? null : step.name());
        JsonNode sections = draft.sections();
        JsonNode data = step == null ? null : switch (step) {
            case MEDICAL_HISTORY -> sections.get("medicalHistory");
            case PHYSICAL_EXAM -> sections.get("physicalExam");
            case INVESTIGATIONS -> sections.get("investigations");
            case MISSING_DATA -> sections;
            default -> null;
        };
        json.set("data", data == null ? JsonNodeFactory.instance.objectNode() : data);
        json.set("sections", sections);
        json.set("unmapped", unmappedJson(draft.unmapped()));
        json.put("importedBy", draft.importedBy());
        json.put("importedAt", draft.importedAt().toString());
        return json;
    }

    /** {@code [{"resource", "element", "reason"}]}, as the stateless FHIR evaluation answers it. */
    private static ArrayNode unmappedJson(List<Unmapped> unmapped) {
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        unmapped.forEach(item -> json.addObject().put("resource", item.resource()).put("element", item.element())
                .put("reason", item.reason()));
        return json;
    }
}
