package org.mscpathway.platform.ui.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.platform.security.CurrentActor;
import org.mscpathway.platform.ui.AssessmentWords;
import org.mscpathway.platform.ui.Labels;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.pathway.AssessmentDigest;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseHistory;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.PlanVersion;
import org.mscpathway.workflow.pathway.RecordedDecision;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A case's history as the case page tells it, newest first, in the clinic's words: who entered which data, what each
 * evaluation concluded (a provisional one after a data step told apart from the full evaluation), the plan, the
 * physicians' decisions, the closing. The request log (every page and API request on the case, refused ones
 * included, as the audit trail holds them) is a technical record: only administrators are shown it.
 */
@Component
record Timeline(
        ScreeningCases cases,
        AuditTrail audit,
        CurrentActor currentActor,
        AssessmentWords assessments,
        Labels labels,
        MessageSource messages) {

    /** The clinical history of a case the user has been shown, newest first. */
    List<Entry> of(CaseView shown) {
        CaseHistory history = cases.history(shown.id(), CareTeams.of(shown.team()));
        // oldest first in the pathway's order, so that what happened in one instant keeps its order once reversed
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(shown.openedAt(), "opened", text("timeline.opened", shown.openedBy())));
        history.entered().forEach(e -> entries.add(new Entry(e.enteredAt(), "entered",
                text("timeline.entered." + e.step().name(), e.enteredBy()))));
        history.assessments().forEach(a -> entries.add(new Entry(a.assessedAt(), "evaluation", evaluation(a))));
        shown.planVersions().forEach(p -> entries.add(new Entry(p.draftedAt(), "plan", plan(p))));
        shown.decisions().forEach(d -> entries.add(new Entry(d.decidedAt(), "decision", decision(d))));
        history.events().forEach(e -> event(e, entries));
        entries.sort(Comparator.comparing(Entry::at));
        Collections.reverse(entries);
        return entries;
    }

    /** The audit trail of the case, newest first, for an administrator; nothing for anyone else. */
    List<Request> requestLog(CaseView shown) {
        boolean admin = currentActor.find().map(actor -> actor.has(Role.ADMIN)).orElse(false);
        if (!admin) {
            return List.of();
        }
        return audit.forCase(shown.id()).stream()
                .map(a -> new Request(a.occurredAt(), a.username(),
                        a.roles().stream().map(Role::name).sorted().toList(), a.action(), a.outcome().name()))
                .sorted(Comparator.comparing(Request::at).reversed())
                .toList();
    }

    private String evaluation(AssessmentDigest a) {
        if (!a.partial()) {
            return text("timeline.full", assessments.conclusion(a));
        }
        String notYet = switch (a.step()) {
            case "MEDICAL_HISTORY", "PHYSICAL_EXAM" -> text("timeline.notYet." + a.step());
            default -> text("timeline.notYet.other");
        };
        return text("timeline.provisional", lower(stepName(a.step())), assessments.conclusion(a), notYet);
    }

    private String plan(PlanVersion p) {
        return p.version() == 1 ? text("timeline.plan.drafted")
                : text("timeline.plan.changed", p.draftedBy(), p.version());
    }

    private String decision(RecordedDecision d) {
        return text("timeline.decision." + d.decision().name(), d.decidedBy(),
                d.confirmedBy() == null ? "—" : d.confirmedBy());
    }

    /** The facts the records above do not tell: the closing and an overdue step. */
    private void event(CaseEvent e, List<Entry> entries) {
        if (e.type() == CaseEventType.CaseClosed) {
            String how = e.outcome() == null ? "" : lower(statusName(e.outcome()));
            entries.add(new Entry(e.occurredAt(), "closed", text("timeline.closed", how)));
        } else if (e.type() == CaseEventType.TaskOverdue) {
            entries.add(new Entry(e.occurredAt(), "overdue", text("timeline.overdue", stepName(e.step()))));
        }
    }

    private String stepName(String step) {
        return wordsOr(labels::step, step);
    }

    private String statusName(String status) {
        return wordsOr(labels::status, status);
    }

    /** A code in words, or as it is if this version does not know it (an event written by a newer one). */
    private static String wordsOr(java.util.function.Function<String, String> words, String code) {
        try {
            return words.apply(code);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private static String lower(String words) {
        return words.toLowerCase(LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** One clinical event; {@code kind} (opened, entered, evaluation, plan, decision, closed, overdue) styles it. */
    record Entry(Instant at, String kind, String what) {
    }

    /** One request on the case as the audit trail holds it: who, in which roles, what, and how it ended. */
    record Request(Instant at, String user, List<String> roles, String action, String result) {
    }
}
