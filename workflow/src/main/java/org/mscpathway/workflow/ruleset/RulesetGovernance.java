package org.mscpathway.workflow.ruleset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mscpathway.screening.Screening;
import org.mscpathway.workflow.outbox.Outbox;
import org.mscpathway.workflow.outbox.RulesetEvent;
import org.mscpathway.workflow.outbox.RulesetEventType;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Rulesets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinical governance of the rule catalogue: an administrator drafts a version, a second administrator (never the
 * author) approves it, and only then may it be activated, which retires the version it replaces. Each command runs
 * in the caller's transaction (or its own) with its outbox event, so the state and the event commit together;
 * commands run one at a time across the cluster. Who may call them (administrators) is the API's to enforce.
 */
@Service
public class RulesetGovernance {

    private final RulesetStore store;
    private final Rulesets rulesets;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    RulesetGovernance(RulesetStore store, Rulesets rulesets, Outbox outbox, ObjectMapper json, Clock clock) {
        this.store = store;
        this.rulesets = rulesets;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StoredRuleset> versions() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public StoredRuleset version(String version) {
        return store.find(version).orElseThrow(() -> new RulesetNotFoundException(version));
    }

    /** The catalogue document as stored, in the shipped file's format. */
    @Transactional(readOnly = true)
    public String document(String version) {
        return store.document(version).orElseThrow(() -> new RulesetNotFoundException(version));
    }

    /** The evaluator a stored version makes (a draft too, for the what-if). */
    @Transactional(readOnly = true)
    public Screening screening(String version) {
        return rulesets.version(version).orElseThrow(() -> new RulesetNotFoundException(version));
    }

    /** The version new cases start on. */
    public Screening active() {
        return rulesets.current();
    }

    /** What is wrong with a catalogue file, by key; empty when it would pass as a draft's catalogue. */
    public List<RulesetFieldError> problemsOf(String document) {
        try {
            RulesetDocument.parse(document, "imported file");
            return List.of();
        } catch (InvalidRulesetException invalid) {
            return invalid.errors();
        }
    }

    @Transactional
    public StoredRuleset draft(RulesetDraft draft, CaseActor author) {
        RulesetDocument.Checked checked = RulesetDocument.check(draft, json);
        store.lockGovernance();
        if (store.find(draft.basedOn()).isEmpty()) {
            throw new InvalidRulesetException(List.of(new RulesetFieldError("basedOn",
                    "unknown ruleset version '" + draft.basedOn() + "'")));
        }
        if (store.find(draft.version()).isPresent()) {
            throw new RulesetStateException("ruleset version " + draft.version() + " exists already; "
                    + "a stored version never changes, draft a new version");
        }
        store.insertDraft(draft.version(), draft.basedOn(), checked.document(), draft.summary().trim(),
                author.username(), clock.instant());
        outbox.append(event(RulesetEventType.RulesetDrafted, draft.version(), author));
        return version(draft.version());
    }

    @Transactional
    public StoredRuleset approve(String version, CaseActor approver) {
        store.lockGovernance();
        StoredRuleset stored = version(version);
        if (stored.state() != RulesetState.DRAFT) {
            throw new RulesetStateException("ruleset " + version + " is " + stored.state()
                    + "; only a DRAFT can be approved");
        }
        if (stored.author().equals(approver.username())) {
            throw new FourEyesException(version);
        }
        store.approve(version, approver.username(), clock.instant());
        outbox.append(event(RulesetEventType.RulesetApproved, version, approver));
        return version(version);
    }

    /** New evaluations use this version from now on; cases in flight keep theirs until re-screened. */
    @Transactional
    public Optional<String> activate(String version, CaseActor actor) {
        store.lockGovernance();
        StoredRuleset stored = version(version);
        if (stored.state() != RulesetState.APPROVED) {
            throw new RulesetStateException("ruleset " + version + " is " + stored.state()
                    + "; only an APPROVED version can be activated");
        }
        Optional<String> retired = store.activate(version, clock.instant());
        outbox.append(event(RulesetEventType.RulesetActivated, version, actor));
        return retired;
    }

    private RulesetEvent event(RulesetEventType type, String version, CaseActor actor) {
        return RulesetEvent.of(type, version, actor.role().name(), clock.instant());
    }
}
