package org.mscpathway.platform.ui.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.ui.Labels;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.stereotype.Component;

/** A case's history as the case page shows it: what people did (the audit trail) and what the pathway did. */
@Component
class Timeline {

    private final ScreeningCases cases;
    private final AuditTrail audit;
    private final Labels labels;

    Timeline(ScreeningCases cases, AuditTrail audit, Labels labels) {
        this.cases = cases;
        this.audit = audit;
        this.labels = labels;
    }

    /** Newest first. */
    List<Entry> of(UUID caseId) {
        List<Entry> entries = new ArrayList<>();
        cases.events(caseId).forEach(e -> entries.add(Entry.of(e, labels)));
        audit.forCase(caseId).forEach(a -> entries.add(new Entry(a.occurredAt(), "action",
                a.username() + " (" + String.join(", ", a.roles().stream().map(Role::name).sorted().toList()) + ")",
                a.action(), a.outcome().name())));
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    /** {@code kind} is {@code event} (a pathway fact) or {@code action} (a user's attempt and how it ended). */
    record Entry(Instant at, String kind, String who, String what, String result) {

        static Entry of(CaseEvent e, Labels labels) {
            String what = words(e.type().name()) + (e.step() == null ? "" : ": " + step(e.step(), labels));
            return new Entry(e.occurredAt(), "event", e.actorRole(), what, e.outcome());
        }

        private static String step(String step, Labels labels) {
            try {
                return labels.step(step).toLowerCase(java.util.Locale.ROOT);
            } catch (IllegalArgumentException notAStep) {
                return step;
            }
        }

        /** CaseOpened → "Case opened". */
        private static String words(String type) {
            String spaced = type.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        }
    }
}
