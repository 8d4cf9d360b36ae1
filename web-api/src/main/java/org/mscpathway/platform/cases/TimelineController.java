package org.mscpathway.platform.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditEntry;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.audit.PatientDataReads;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cases/{id}/timeline}: who did what to the case (the audit trail, refused attempts included)
 * interleaved with what the pathway did (its events), oldest first.
 */
@RestController
class TimelineController {

    private final ScreeningCases cases;
    private final AuditTrail audit;
    private final PatientDataReads reads;

    TimelineController(ScreeningCases cases, AuditTrail audit, PatientDataReads reads) {
        this.cases = cases;
        this.audit = audit;
        this.reads = reads;
    }

    /** Who read the case's patient data, when and through what; for physicians. */
    @GetMapping("/api/v1/cases/{id}/access-log")
    List<PatientDataReads.Access> accessLog(@PathVariable UUID id) {
        cases.events(id);  // 404 for an unknown case
        return reads.of(id);
    }

    @GetMapping("/api/v1/cases/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable UUID id) {
        List<TimelineEntry> entries = new ArrayList<>();
        cases.events(id).forEach(e -> entries.add(TimelineEntry.of(e)));
        audit.forCase(id).forEach(a -> entries.add(TimelineEntry.of(a)));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /**
     * One line of the timeline. {@code kind} is {@code action} (a user's request: user, roles, action, outcome
     * OK/DENIED/INVALID/CONFLICT/FAILED) or {@code event} (a pathway fact: type, step, outcome, actorRole).
     */
    record TimelineEntry(Instant at, String kind, String user, List<String> roles, String action, String type,
                         String step, String outcome, String actorRole) {

        static TimelineEntry of(CaseEvent e) {
            return new TimelineEntry(e.occurredAt(), "event", null, null, null, e.type().name(), e.step(),
                    e.outcome(), e.actorRole());
        }

        static TimelineEntry of(AuditEntry a) {
            return new TimelineEntry(a.occurredAt(), "action", a.username(),
                    a.roles().stream().map(Role::name).sorted().toList(), a.action(), null, null,
                    a.outcome().name(), null);
        }
    }
}
