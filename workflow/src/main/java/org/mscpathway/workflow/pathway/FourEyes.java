package org.mscpathway.workflow.pathway;

import java.util.List;

/**
 * The four-eyes rules of a physician's decision (issue 12.3). Each refusal is a {@link DecisionNotAllowedException}
 * (403) that says which rule applies and what to do instead; the message names users and plan versions only.
 */
final class FourEyes {

    private FourEyes() {
    }

    /** Nobody decides on a case they opened or whose data they entered, whatever other role they also hold. */
    static void requireIndependent(StoredCase stored, CaseActor actor, boolean enteredData) {
        if (actor.username().equals(stored.openedBy())) {
            throw new DecisionNotAllowedException(
                    "the physician who decides must not be the user who opened the case; another physician decides");
        }
        if (enteredData) {
            throw new DecisionNotAllowedException("the physician who decides must not be a user who entered the"
                    + " case's data; another physician decides");
        }
    }

    /** A physician who changed the plan (any version) is not its approver; nor may one change and approve at once. */
    static void requireNotThePlansAuthor(List<PlanVersion> versions, PhysicianDecision decision, CaseActor actor) {
        if (decision.planChanges() != null && !decision.planChanges().isEmpty()) {
            throw new DecisionNotAllowedException("a plan cannot be changed and approved by the same physician:"
                    + " request the changes, and another physician approves the new version");
        }
        versions.stream().filter(v -> v.version() > 1 && actor.username().equals(v.draftedBy())).findFirst()
                .ifPresent(v -> {
                    throw new DecisionNotAllowedException("you changed this plan (version " + v.version()
                            + "): another physician must approve it");
                });
    }

    /** An override proposed by one physician is confirmed by another before the pathway resumes. */
    static void requireSecondPhysician(OverrideProposal proposal, CaseActor actor) {
        if (actor.username().equals(proposal.proposedBy())) {
            throw new DecisionNotAllowedException("you proposed this override: a second physician must confirm it"
                    + " before the pathway resumes");
        }
    }
}
