package org.mscpathway.workflow.pathway;

import java.util.Set;

/**
 * The process variables of {@code msc-screening}, named once: the BPMN's gateways read them by these names
 * ({@code ProcessVariablesTest} checks that the process names no other). They hold the case id and routing values
 * only; patient data lives in the pathway's tables.
 */
final class ProcessVariables {

    /** The case id, also the process instance's business key. */
    static final String CASE_ID = "caseId";
    /** An absolute contraindication found before the full evaluation: straight to the physician's confirmation. */
    static final String EARLY_INELIGIBLE = "earlyIneligible";
    /** The full evaluation's route: {@code INELIGIBLE}, {@code INCOMPLETE} or {@code PLAN}. */
    static final String OUTCOME = "outcome";
    /** Where an incomplete case goes back to collect the missing data. */
    static final String RESUME_AT = "resumeAt";
    /** The physician's decision ({@link Decision} name). */
    static final String DECISION = "decision";
    /** The physician who decided: the re-drafted plan is theirs. */
    static final String DECIDED_BY = "decidedBy";
    /** The role the last command was taken in: the closing event's actor. */
    static final String ACTOR_ROLE = "actorRole";

    static final Set<String> ALL = Set.of(CASE_ID, EARLY_INELIGIBLE, OUTCOME, RESUME_AT, DECISION, DECIDED_BY,
            ACTOR_ROLE);

    private ProcessVariables() {
    }
}
