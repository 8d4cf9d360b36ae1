package org.mscpathway.platform.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditEntry;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.stereotype.Component;

/**
 * Who did what to a case (the audit trail, refused attempts included) interleaved with what the pathway did (its
 * events), oldest first, in the API's words; the case page only adds labels.
 */
@Component
public class CaseTimeline {

    private final ScreeningCases cases;
    private final AuditTrail audit;

    CaseTimeline(ScreeningCases cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    /**
     * Oldest first; {@link org.mscpathway.workflow.pathway.CaseNotFoundException} for an unknown case or one of
     * another care team.
     */
    public List<Entry> of(UUID caseId, CareTeams teams) {
        List<Entry> entries = new ArrayList<>();
        cases.events(caseId, teams).forEach(e -> entries.add(Entry.of(e)));
        audit.forCase(caseId).forEach(a -> entries.add(Entry.of(a)));
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    /**
     * One line of the timeline. {@code kind} is {@code action} (a user's request: user, roles, action, outcome
     * OK/DENIED/INVALID/CONFLICT/FAILED) or {@code event} (a pathway fact: type, step, outcome, actorRole).
     */
    public record Entry(Instant at, String kind, String user, List<String> roles, String action, String type,
                        String step, String outcome, String actorRole) {

        public static final String EVENT = "event";
        public static final String ACTION = "action";

        static Entry of(CaseEvent e) {
            return new Entry(e.occurredAt(), EVENT, null, null, null, e.type().name(), e.step(), e.outcome(),
                    e.actorRole());
        }

        static Entry of(AuditEntry a) {
            return new Entry(a.occurredAt(), ACTION, a.username(),
                    a.roles().stream().map(Role::name).sorted().toList(), a.action(), null, null,
                    a.outcome().name(), null);
        }
    }
}
