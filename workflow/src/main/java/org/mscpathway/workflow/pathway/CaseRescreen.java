package org.mscpathway.workflow.pathway;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-screening: an open case moves onto the active ruleset and is evaluated again; the new assessment joins the
 * timeline and the old ones stay as they were.
 * <p>
 * The pathway is not re-routed: the case stays at the step it waits at, the new assessment is what the user and
 * the physician see, and every evaluation from then on (the next step's, the plan's dose cap) uses the new
 * version. Moving a case between user tasks behind the process's back would bypass the physician's decisions the
 * BPMN requires (an ineligibility confirmation, a plan approval), so a changed outcome is for them to act on.
 * A case at a step after the full evaluation is re-screened fully; one still collecting data, partially.
 */
@Service
public class CaseRescreen {

    private static final Set<Step> AFTER_FULL_EVALUATION =
            EnumSet.of(Step.MISSING_DATA, Step.INELIGIBILITY_REVIEW, Step.PLAN_APPROVAL);

    private final CaseStore cases;
    private final CaseEvaluation evaluation;
    private final Rulesets rulesets;
    private final Clock clock;

    CaseRescreen(CaseStore cases, CaseEvaluation evaluation, Rulesets rulesets, Clock clock) {
        this.cases = cases;
        this.evaluation = evaluation;
        this.rulesets = rulesets;
        this.clock = clock;
    }

    /** @return the outcome of the new assessment */
    @Transactional
    public String rescreen(UUID id, CaseActor actor) {
        StoredCase stored = cases.lock(id, actor.teams());
        if (!stored.isOpen()) {
            throw new StepOutOfTurnException("the case is closed (" + stored.status() + "); only an open case is "
                    + "re-screened");
        }
        if (actor.role() != Role.COORDINATOR && actor.role() != Role.PHYSICIAN) {
            throw new DecisionNotAllowedException("a coordinator or a physician re-screens a case");
        }
        Screening active = rulesets.current();
        if (active.rulesetVersion().equals(stored.rulesetVersion())) {
            throw new StepOutOfTurnException("the case is screened under " + stored.rulesetVersion()
                    + ", the active ruleset, already");
        }
        cases.changeRuleset(id, active.rulesetVersion(), clock.instant());
        EvaluationMode mode = AFTER_FULL_EVALUATION.contains(stored.currentStep())
                ? EvaluationMode.FULL : EvaluationMode.PARTIAL;
        return evaluation.evaluate(id, mode).assessment().outcome().name();
    }
}
