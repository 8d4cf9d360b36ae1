package org.mscpathway.platform.ui.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.mscpathway.notification.inbox.Notification;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.ui.AssessmentWords;
import org.mscpathway.platform.ui.Labels;
import org.mscpathway.workflow.pathway.AssessmentDigest;
import org.mscpathway.workflow.pathway.CaseSummary;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.pathway.Step;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What each notification says ("MRN-1002 needs your ineligibility review: Pregnancy") and where it leads (the page
 * where its work is done). The event behind a notification carries only ids and codes; the patient reference and the
 * main finding are looked up now, for the reader's care teams only, a page of notifications in two queries: to anyone
 * else the case is "a case" and its finding is not named.
 */
@Component
record Notices(ScreeningCases cases, AssessmentWords assessments, Labels labels, MessageSource messages) {

    /** The page's lines, in the order given. */
    List<Notice> of(List<Notification> page, Actor reader) {
        List<UUID> ids = page.stream().map(Notification::caseId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, CaseSummary> cards = cases.cards(ids, reader.teams());
        Map<UUID, AssessmentDigest> latest = cases.latestAssessments(ids, reader.teams());
        return page.stream().map(n -> {
            CaseSummary card = n.caseId() == null ? null : cards.get(n.caseId());
            AssessmentDigest digest = n.caseId() == null ? null : latest.get(n.caseId());
            return new Notice(n, says(n, card, digest, reader), card == null ? null : card.currentStep());
        }).toList();
    }

    /**
     * Where the work of a notification about the case is done now: a physician's review, the missing items for the
     * coordinator, else the case page.
     */
    static String whereTheWorkIs(UUID caseId, CaseSummary card, Actor reader) {
        String page = "/cases/" + caseId;
        Step step = card == null ? null : card.currentStep();
        if (step != null && step.performer() == Role.PHYSICIAN && reader.has(Role.PHYSICIAN)) {
            return page + "/review";
        }
        if (step == Step.MISSING_DATA && reader.has(Role.COORDINATOR)) {
            return page + "#missing-title";
        }
        return page;
    }

    private String says(Notification n, CaseSummary card, AssessmentDigest digest, Actor reader) {
        String patient = card != null && card.patientReference() != null ? card.patientReference()
                : text("notice.aCase");
        boolean physician = reader.has(Role.PHYSICIAN);
        String outcome = n.outcome() != null ? n.outcome() : digest == null ? null : digest.outcome();
        // the latest assessment speaks for the notification only if it is still the one the notification is about
        AssessmentDigest current = digest != null && Objects.equals(digest.outcome(), outcome) ? digest : null;
        return switch (n.type()) {
            case "AssessmentCompleted" -> switch (outcome == null ? "" : outcome) {
                case "INELIGIBLE" -> text(physician ? "notice.ineligible.yours" : "notice.ineligible", patient,
                        Objects.requireNonNullElse(assessments.mainFinding(current), text("notice.absolute")));
                case "INCOMPLETE" -> current == null || current.missingItems().isEmpty()
                        ? text("notice.missing.unnamed", patient)
                        : text("notice.missing", patient, assessments.missingSections(current.missingItems()));
                default -> text("notice.assessed", patient, assessments.outcome(outcome));
            };
            case "PlanProposed" -> text(physician ? "notice.plan.yours" : "notice.plan", patient);
            case "PlanDecided" -> outcome == null ? text("notice.other", patient, text("event.PlanDecided"))
                    : text("notice.decided", patient, lower(labels.decision(outcome)));
            case "CaseClosed" -> {
                String status = outcome != null ? outcome : card == null ? null : card.status().name();
                yield status == null ? text("notice.closed.unnamed", patient)
                        : text("notice.closed", patient, lower(labels.status(status)));
            }
            case "TaskOverdue" -> n.step() == null ? text("notice.other", patient, text("event.TaskOverdue"))
                    : text("notice.overdue", patient, lower(labels.step(n.step())));
            case "StepCompleted" -> n.step() == null ? text("notice.other", patient, text("event.StepCompleted"))
                    : text("notice.saved", patient, lower(labels.step(n.step())));
            case "CaseOpened" -> text("notice.opened", patient);
            default -> text("notice.other", patient, n.type());
        };
    }

    private static String lower(String words) {
        return words.toLowerCase(LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /**
     * One line of the bell's page.
     *
     * @param says   what it is about and what is needed, naming the patient for the care team
     * @param waitsAt the step the case waits at now (null once closed, or for a case the reader may not see)
     */
    record Notice(Notification notification, String says, Step waitsAt) {
    }
}
