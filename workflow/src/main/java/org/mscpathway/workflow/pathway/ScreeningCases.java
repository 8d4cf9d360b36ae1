package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.outbox.Outbox;
import org.mscpathway.workflow.pathway.CaseStore.Section;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening pathway as the API drives it. Each command runs in one transaction with the process engine: the
 * case row is locked, the data validated and stored, the user task completed, the service tasks that follow run,
 * and the events are written to the outbox; either all of it commits or none of it does.
 */
@Service
public class ScreeningCases {

    public static final String PROCESS = "msc-screening";
    private static final String WITHDRAWN_MESSAGE = "CaseWithdrawn";

    private final CaseStore cases;
    private final AssessmentLog assessments;
    private final PlanBook plans;
    private final DecisionLog decisions;
    private final CaseContributions contributions;
    private final OverrideProposals overrides;
    private final CaseRecords records;
    private final Rulesets rulesets;
    private final Outbox outbox;
    private final RuntimeService runtime;
    private final TaskCompletion taskCompletion;
    private final ObjectMapper json;
    private final PathwayMetrics metrics;
    private final Clock clock;

    ScreeningCases(CaseStore cases, AssessmentLog assessments, PlanBook plans, DecisionLog decisions,
                   CaseContributions contributions, OverrideProposals overrides, CaseRecords records, Rulesets rulesets, Outbox outbox, RuntimeService runtime, TaskCompletion taskCompletion,
                   ObjectMapper json, PathwayMetrics metrics, Clock clock) {
        this.cases = cases;
        this.assessments = assessments;
        this.plans = plans;
        this.decisions = decisions;
        this.contributions = contributions;
        this.overrides = overrides;
        this.records = records;
        this.rulesets = rulesets;
        this.outbox = outbox;
        this.runtime = runtime;
        this.taskCompletion = taskCompletion;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Opens a case in the actor's only care team: see {@link #open(JsonNode, String, String, CaseActor)}. */
    @Transactional
    public UUID open(JsonNode patient, String indication, CaseActor actor) {
        return open(patient, indication, null, actor);
    }

    /**
     * Opens a case for a patient and an indication in a care team; the pathway starts at the medical history. The
     * team may be left out (null) by someone who works in one team only: the case is then that team's. Opening in a
     * team the actor is not in is refused ({@link NotInCareTeamException}), so is opening without one by someone
     * who works in several (a field error on {@code team}).
     */
    @Transactional
    public UUID open(JsonNode patient, String indication, String team, CaseActor actor) {
        var screening = rulesets.current();
        PatientRecordReader reader = records.reader(screening);
        List<FieldError> errors = new ArrayList<>();
        String caseTeam = teamToOpenIn(team, actor, errors);
        if (indication == null || indication.isBlank()) {
            errors.add(new FieldError("indication", "is required; one of " + indicationCodes()));
        } else if (screening.indication(indication).isEmpty()) {
            errors.add(new FieldError("indication", "is not an indication of this ruleset; one of "
                    + indicationCodes()));
        }
        if (patient == null || !patient.isObject()) {
            errors.add(new FieldError("patient", "is required: an object with reference, birthDate, sex, weightKg,"
                    + " heightCm"));
        } else {
            validate("", () -> reader.readPatient(patient), errors);
            if (!patient.path("reference").isTextual() || patient.path("reference").asText().isBlank()) {
                errors.add(new FieldError("patient.reference", "is required (the site's patient identifier)"));
            }
            RequiredCaseData.ofPatient(patient, indication == null ? Optional.empty()
                    : screening.indication(indication), errors);
        }
        JsonNode kept = errors.isEmpty() ? SectionShape.keep(SectionShape.PATIENT, patient, "patient", errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidCaseDataException(errors);
        }
        UUID id = UUID.randomUUID();
        // read again as stored: the cards show its MRN, birth date and sex from their own columns
        cases.insert(id, caseTeam, indication, screening.rulesetVersion(), actor.username(), kept,
                reader.readPatient(kept), clock.instant());
        outbox.append(event(CaseEventType.CaseOpened, id, Step.MEDICAL_HISTORY, null, actor));
        runtime.startProcessInstanceByKey(PROCESS, id.toString(), Map.of(ProcessVariables.CASE_ID, id.toString()));
        return id;
    }

    private static String teamToOpenIn(String team, CaseActor actor, List<FieldError> errors) {
        CareTeams teams = actor.teams();
        if (teams.isEmpty()) {
            throw new NotInCareTeamException("you work in no care team; an administrator adds your account to one");
        }
        if (team != null) {
            if (!teams.includes(team)) {
                throw new NotInCareTeamException("you do not work in that care team; yours: " + teams.sorted());
            }
            return team;
        }
        if (teams.names().size() > 1) {
            errors.add(new FieldError("team", "is required: you work in several care teams; one of "
                    + teams.sorted()));
            return null;
        }
        return teams.names().iterator().next();
    }

    @Transactional
    public void submitMedicalHistory(UUID id, JsonNode body, CaseActor actor, Integer expectedVersion) {
        submit(id, Section.MEDICAL_HISTORY, Step.MEDICAL_HISTORY, body, actor, expectedVersion);
    }

    @Transactional
    public void submitPhysicalExam(UUID id, JsonNode body, CaseActor actor, Integer expectedVersion) {
        submit(id, Section.PHYSICAL_EXAM, Step.PHYSICAL_EXAM, body, actor, expectedVersion);
    }

    /** Lab and imaging checks: {@code {"observations": [...], "imaging": [...]}}. */
    @Transactional
    public void submitInvestigations(UUID id, JsonNode body, CaseActor actor, Integer expectedVersion) {
        submit(id, Section.INVESTIGATIONS, Step.INVESTIGATIONS, body, actor, expectedVersion);
    }

    /**
     * A data section is submitted at its own step or, once the full evaluation has asked for missing data, at the
     * missing-data step (which then re-runs the full evaluation).
     */
    private void submit(UUID id, Section section, Step step, JsonNode body, CaseActor actor,
                        Integer expectedVersion) {
        StoredCase stored = cases.lock(id, actor.teams());
        requireVersion(stored, expectedVersion);
        requireOpen(stored);
        Step current = stored.currentStep();
        if (current != step && current != Step.MISSING_DATA) {
            throw new StepOutOfTurnException("the case waits at " + current + "; " + step
                    + " can be submitted at " + step + " or MISSING_DATA");
        }
        if (body == null || !body.isObject()) {
            throw new InvalidCaseDataException("body", "the body must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        JsonNode kept = checked(section, body, records.reader(rulesets.forCase(stored.rulesetVersion())), errors);
        if (!errors.isEmpty()) {
            throw new InvalidCaseDataException(errors);
        }
        cases.saveSection(id, section, kept, clock.instant());
        dataStepDone(stored, current, actor);
    }

    /** Who entered the step's data, its event and metric, and the step's task completed: one step command's end. */
    private void dataStepDone(StoredCase stored, Step step, CaseActor actor) {
        contributions.record(stored.id(), step, actor.username(), clock.instant());
        outbox.append(event(CaseEventType.StepCompleted, stored.id(), step, null, actor));
        metrics.stepCompleted(step, stored.stepEnteredAt(), clock.instant());
        complete(stored.id(), step, actor, Map.of());
    }

    /**
     * The missing items of a case at the missing-data step, entered on one short form and saved at once:
     * {@code {"medicalHistory": {...}, "physicalExam": {...}, "investigations": {"observations": [...], ...}}}, each
     * section optional (at least one) and replacing the stored one as its own step would. Every section is checked
     * first, its errors named as its own step names them ({@code observations[3].date}); only when none is refused are
     * they stored together, and the full evaluation runs once: a half-saved form would re-run it on half the items.
     */
    @Transactional
    public void submitMissingData(UUID id, JsonNode sections, CaseActor actor, Integer expectedVersion) {
        StoredCase stored = cases.lock(id, actor.teams());
        requireVersion(stored, expectedVersion);
        requireOpen(stored);
        if (stored.currentStep() != Step.MISSING_DATA) {
            throw new StepOutOfTurnException("the case waits at " + stored.currentStep()
                    + "; missing data is entered at MISSING_DATA");
        }
        Map<Section, JsonNode> given = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            JsonNode body = sections == null ? null : sections.get(fieldName(section));
            if (body != null && !body.isNull()) {
                given.put(section, body);
            }
        }
        if (given.isEmpty()) {
            throw new InvalidCaseDataException("body", "name at least one section: medicalHistory, physicalExam"
                    + " or investigations");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Section, JsonNode> kept = new EnumMap<>(Section.class);
        PatientRecordReader reader = records.reader(rulesets.forCase(stored.rulesetVersion()));
        given.forEach((section, body) -> {
            JsonNode checked = checked(section, body, reader, errors);
            if (checked != null) {
                kept.put(section, checked);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidCaseDataException(errors);
        }
        kept.forEach((section, body) -> cases.saveSection(id, section, body, clock.instant()));
        dataStepDone(stored, Step.MISSING_DATA, actor);
    }

    /** The section as it will be stored, or null with its errors added, as its own step checks it. */
    private static JsonNode checked(Section section, JsonNode body, PatientRecordReader reader,
                                    List<FieldError> errors) {
        if (!body.isObject()) {
            errors.add(new FieldError(fieldName(section), "must be a JSON object"));
            return null;
        }
        List<FieldError> own = new ArrayList<>();
        validate("", () -> read(section, body, reader), own);
        RequiredCaseData.ofSection(section, body, own);
        JsonNode kept = own.isEmpty() ? SectionShape.keep(section.shape(), body, section.path(), own) : null;
        errors.addAll(own);
        return own.isEmpty() ? kept : null;
    }

    /** The section's name in a missing-data body (investigations sit at the top level of their own step's body). */
    private static String fieldName(Section section) {
        return section.path().isEmpty() ? "investigations" : section.path();
    }

    private static void read(Section section, JsonNode body, PatientRecordReader reader)
            throws InvalidRecordException {
        switch (section) {
            case MEDICAL_HISTORY -> reader.readMedicalHistory(body);
            case PHYSICAL_EXAM -> reader.readPhysicalExam(body);
            case INVESTIGATIONS -> {
                if (body.has("observations")) {
                    reader.readObservations(body.get("observations"));
                }
                if (body.has("imaging")) {
                    reader.readImaging(body.get("imaging"));
                }
            }
        }
    }

    /**
     * A physician's decision at plan approval or ineligibility review, under four-eyes rules: nobody decides on a
     * case they opened or whose data they entered; a physician who changed the plan is not its approver (another
     * physician approves it); an override is only proposed by the first physician, with a justification, and the
     * pathway resumes when a second physician confirms it (by deciding {@code override} too).
     */
    @Transactional
    public void decide(UUID id, PhysicianDecision decision, CaseActor actor, Integer expectedVersion) {
        StoredCase stored = cases.lock(id, actor.teams());
        requireVersion(stored, expectedVersion);
        requireOpen(stored);
        if (stored.currentStep() != decision.decision().step()) {
            throw new StepOutOfTurnException("'" + decision.decision().code() + "' is decided at "
                    + decision.decision().step() + "; the case waits at " + stored.currentStep());
        }
        FourEyes.requireIndependent(stored, actor, contributions.entered(id, actor.username()));
        var proposal = overrides.pending(id);
        boolean confirming = decision.decision() == Decision.OVERRIDE && proposal.isPresent();
        DecisionRules.check(decision, LocalDate.now(clock), maxCellsPerAdministration(stored), confirming);
        if (decision.decision() == Decision.APPROVE) {
            FourEyes.requireNotThePlansAuthor(plans.all(id), decision, actor);
        }
        if (decision.decision() == Decision.OVERRIDE && proposal.isEmpty()) {
            overrides.propose(id, actor.username(), decision.comment().strip(), clock.instant());
            cases.touch(id, clock.instant());
            return;
        }
        Integer planVersion = plans.latest(id).map(PlanVersion::version).orElse(null);
        PhysicianDecision recorded = decision;
        String decidedBy = actor.username();
        String confirmedBy = null;
        if (confirming) {
            FourEyes.requireSecondPhysician(proposal.get(), actor);
            var latest = assessments.latest(id).orElseThrow();
            cases.addOverriddenRules(id, Routing.unresolvedAbsoluteRules(
                    StoredAssessment.read(latest.body(), latest.mode()), Set.of()), clock.instant());
            recorded = new PhysicianDecision(Decision.OVERRIDE, proposal.get().justification(), null, null);
            decidedBy = proposal.get().proposedBy();
            confirmedBy = actor.username();
        }
        overrides.resolve(id);
        decisions.append(id, recorded, planVersion, decidedBy, confirmedBy, clock.instant());
        outbox.append(event(CaseEventType.PlanDecided, id, stored.currentStep(), decision.decision().name(), actor));
        metrics.stepCompleted(stored.currentStep(), stored.stepEnteredAt(), clock.instant());
        complete(id, stored.currentStep(), actor,
                Map.of(ProcessVariables.DECISION, decision.decision().name(),
                        ProcessVariables.DECIDED_BY, actor.username()));
    }

    /** Ends an open case at any step. */
    @Transactional
    public void withdraw(UUID id, CaseActor actor) {
        StoredCase stored = cases.lock(id, actor.teams());
        requireOpen(stored);
        runtime.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceBusinessKey(id.toString())
                .setVariable(ProcessVariables.ACTOR_ROLE, actor.role().name()).correlateWithResult();
    }

    /** The case as one of its care team sees it; to anyone else it is not found. */
    @Transactional(readOnly = true)
    public CaseView view(UUID id, CareTeams teams) {
        StoredCase c = cases.find(id, teams).orElseThrow(() -> new CaseNotFoundException(id));
        var latest = assessments.latest(id);
        var planVersions = plans.all(id);
        PatientRecordReader reader = records.reader(rulesets.forCase(c.rulesetVersion()));
        return new CaseView(c.id(), c.team(), c.indication(), c.status(), c.currentStep(), c.rulesetVersion(),
                c.openedBy(), c.openedAt(), c.updatedAt(), c.closedAt(), c.overdue(), c.version(),
                CaseSections.patient(c, reader), CaseSections.medicalHistory(c, reader),
                CaseSections.physicalExam(c, reader), CaseSections.investigations(c, reader),
                latest.map(recorded -> StoredAssessment.read(recorded.body(), recorded.mode())).orElse(null),
                planVersions.isEmpty() ? null : planVersions.get(planVersions.size() - 1), planVersions,
                decisions.all(id), c.overriddenRules(), latest.map(AssessmentLog.Recorded::mode).orElse(null),
                overrides.pending(id).orElse(null));
    }

    /** Who opened the case, if it exists: what other modules need of a case (e.g. whom to notify), without its data. */
    @Transactional(readOnly = true)
    public Optional<String> openedBy(UUID id) {
        return cases.openedBy(id);
    }

    /**
     * The board cards of some cases (a page of notifications names them), keyed by case: only those of the teams, so
     * a notification about a case of another team, or one since moved, shows no patient reference.
     */
    @Transactional(readOnly = true)
    public Map<UUID, CaseSummary> cards(Collection<UUID> ids, CareTeams teams) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return cases.cards(ids, teams).stream()
                .collect(Collectors.toMap(CaseSummary::id, card -> card));
    }

    /** The board: the teams' open and closed cases, newest first, optionally filtered by step, status and indication. */
    @Transactional(readOnly = true)
    public List<CaseSummary> board(Step step, CaseStatus status, String indication, CareTeams teams) {
        return cases.board(step, status, indication, teams, null);
    }

    /** One page of {@link #board(Step, CaseStatus, String, CareTeams) the board}. */
    @Transactional(readOnly = true)
    public CasePage board(Step step, CaseStatus status, String indication, CareTeams teams, CasePage.Request page) {
        return CasePage.of(cases.board(step, status, indication, teams, page), page.limit());
    }

    /**
     * The actor's worklist: open cases of the actor's teams waiting at a step of the actor's role (a physician never
     * sees own cases), newest first.
     */
    @Transactional(readOnly = true)
    public List<CaseSummary> worklist(CaseActor actor) {
        return waitingFor(actor.username(), Set.of(actor.role()), actor.teams(), null);
    }

    /** The worklist of someone in several roles: see {@link #worklist(String, Set, CareTeams, CasePage.Request)}. */
    @Transactional(readOnly = true)
    public List<CaseSummary> worklist(String username, Set<Role> roles, CareTeams teams) {
        return waitingFor(username, roles, teams, null);
    }

    /**
     * One page of the worklist of someone in several roles: the open cases waiting at a step of any of them, each
     * once, newest first (as a physician, never one's own).
     */
    @Transactional(readOnly = true)
    public CasePage worklist(String username, Set<Role> roles, CareTeams teams, CasePage.Request page) {
        return CasePage.of(waitingFor(username, roles, teams, page), page.limit());
    }

    private List<CaseSummary> waitingFor(String username, Set<Role> roles, CareTeams teams, CasePage.Request page) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (roles.contains(step.performer())) {
                steps.add(step);
            }
        }
        if (steps.isEmpty()) {
            return List.of();
        }
        Set<Step> notOwn = EnumSet.noneOf(Step.class);
        steps.stream().filter(s -> s.performer() == Role.PHYSICIAN).forEach(notOwn::add);
        return cases.waitingAt(steps, notOwn, username, teams, page);
    }

    /** The facts the pathway published about a case of one of the teams, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseEvent> events(UUID id, CareTeams teams) {
        cases.find(id, teams).orElseThrow(() -> new CaseNotFoundException(id));
        return outbox.eventsOf(id);
    }

    /** What happened to a case of one of the teams, oldest first: events, data entered, assessments concluded. */
    @Transactional(readOnly = true)
    public CaseHistory history(UUID id, CareTeams teams) {
        cases.find(id, teams).orElseThrow(() -> new CaseNotFoundException(id));
        return new CaseHistory(outbox.eventsOf(id), contributions.all(id), assessments.digests(id));
    }

    /**
     * What the latest assessment of each of some cases concluded and its main finding (a page of notifications says
     * what each case needs), keyed by case, in one query: only cases of the teams, like {@link #cards}.
     */
    @Transactional(readOnly = true)
    public Map<UUID, AssessmentDigest> latestAssessments(Collection<UUID> ids, CareTeams teams) {
        return ids.isEmpty() ? Map.of() : assessments.latestDigests(ids, teams);
    }

    /**
     * The care team of a case, for code that routes news of it (a live board, notifications) to that team only;
     * empty for an unknown case.
     */
    @Transactional(readOnly = true)
    public Optional<String> teamOf(UUID id) {
        return cases.teamOf(id);
    }

    private void complete(UUID id, Step step, CaseActor actor, Map<String, Object> variables) {
        var all = new HashMap<String, Object>(variables);
        all.put(ProcessVariables.ACTOR_ROLE, actor.role().name());
        taskCompletion.complete(id, step, actor.username(), all);
    }

    private CaseEvent event(CaseEventType type, UUID id, Step step, String outcome, CaseActor actor) {
        return CaseEvent.of(type, id, step == null ? null : step.name(), outcome, actor.role().name(),
                clock.instant());
    }

    private static void requireOpen(StoredCase stored) {
        if (!stored.isOpen()) {
            throw new StepOutOfTurnException("the case is closed (" + stored.status() + ")");
        }
    }

    private static void requireVersion(StoredCase stored, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw new StaleCaseException(expectedVersion, stored.version());
        }
    }

    /** A physician may lower a dose or keep it, never raise it above the indication's cap (or fixed dose). */
    private long maxCellsPerAdministration(StoredCase stored) {
        return rulesets.forCase(stored.rulesetVersion()).indication(stored.indication())
                .map(p -> p.maxCellsPerAdministration() != null ? p.maxCellsPerAdministration() : p.fixedCells())
                .orElseThrow(() -> new IllegalStateException("case " + stored.id() + " has an indication its "
                        + "ruleset does not know"));
    }

    private String indicationCodes() {
        return rulesets.current().indications().stream().map(p -> p.code()).sorted().toList().toString();
    }

    private static void validate(String prefix, SectionRead read, List<FieldError> errors) {
        try {
            read.run();
        } catch (InvalidRecordException e) {
            e.errors().forEach(err -> errors.add(new FieldError(prefix + err.path(), err.message())));
        }
    }

    @FunctionalInterface
    private interface SectionRead {
        void run() throws InvalidRecordException;
    }
}
