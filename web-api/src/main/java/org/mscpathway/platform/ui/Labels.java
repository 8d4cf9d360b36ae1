package org.mscpathway.platform.ui;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.catalogue.RuleTexts;
import org.mscpathway.workflow.pathway.CaseStatus;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.Step;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words pages use for the pathway's codes: steps, statuses, outcomes, severities, indications, dates and cell
 * counts, in the reader's language (the request's locale; the words are in {@code messages*.properties}). Templates
 * call it as {@code @labels}.
 */
@Component("labels")
public class Labels {

    /** How the pages name an assessment that is not the full evaluation yet (see {@link #shownOutcome}). */
    static final String PROVISIONAL = "PROVISIONAL";


    private static final RuleTexts CHINESE_RULES = RuleTexts.of("zh-CN");

    private final Screening screening;
    private final MessageSource messages;
    private final ZoneId zone = ZoneId.systemDefault();
    private final Clock clock;

    Labels(Screening screening, MessageSource messages, Clock clock) {
        this.screening = screening;
        this.messages = messages;
        this.clock = clock;
    }

    /** A rule's title in the reader's language (the catalogue's English unless translated from exactly it). */
    public String ruleTitle(String ruleId, String english) {
        return chinese() ? CHINESE_RULES.title(ruleId, english) : english;
    }

    /** A rule's rationale in the reader's language, like {@link #ruleTitle}. */
    public String ruleRationale(String ruleId, String english) {
        return chinese() ? CHINESE_RULES.rationale(ruleId, english) : english;
    }

    public String step(Object step) {
        if (step == null) {
            return text("step.CLOSED");
        }
        return text("step." + Step.valueOf(step.toString()).name());
    }

    public String status(Object status) {
        return text("status." + CaseStatus.valueOf(status.toString()).name());
    }

    /**
     * The outcome as the pages show it: an ELIGIBLE of a PARTIAL assessment (after a data step, before the exam or the
     * lab and imaging checks are in) is shown as PROVISIONAL, never in the eligible colours, so nobody reads it as the
     * final word. Findings that exclude or need review are shown as they are: early caution is never softened.
     */
    public String shownOutcome(String outcome, String mode) {
        boolean eligible = "ELIGIBLE".equals(outcome) || "ELIGIBLE_WITH_PRECAUTIONS".equals(outcome);
        return eligible && "PARTIAL".equals(mode) ? PROVISIONAL : outcome;
    }

    /** What a partial assessment has not seen yet, by the step the case waits at. */
    public String notCheckedYet(Object step) {
        String name = step == null ? "" : step.toString();
        return switch (name) {
            case "PHYSICAL_EXAM", "INVESTIGATIONS" -> text("notCheckedYet." + name);
            default -> text("notCheckedYet.other");
        };
    }

    /** The outcome of an assessment as a sentence a coordinator can read to a colleague. */
    public String outcome(String outcome) {
        return outcome == null ? text("outcome.sentence.none") : known("outcome.sentence." + outcome, outcome);
    }

    public String outcomeShort(String outcome) {
        return outcome == null ? "" : known("outcome.short." + outcome, outcome);
    }

    public String severity(String severity) {
        return known("severity." + severity, severity);
    }

    public String group(String group) {
        String words = group.replace('_', ' ').toLowerCase(Locale.ROOT);
        return known("group." + group, Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }

    /** The indication's name: the catalogue's (English) unless the bundle names it in the reader's language. */
    public String indication(String code) {
        String name = screening.indication(code).map(p -> p.name()).orElse(code);
        return known("indication." + code, name);
    }

    /** A coded value a form offers or a record holds (active, not-pregnant, female, intravenous) in words. */
    public String value(String code) {
        return code == null || code.isEmpty() ? "" : known("value." + code, code);
    }

    public String decision(Object decision) {
        return known("decision." + decision, decision.toString());
    }

    public String when(Instant instant) {
        return instant == null ? "" : formatter("format.when").format(instant.atZone(zone));
    }

    /** How long something has waited since {@code since}, in its largest whole unit: "3 d", "5 h", "12 min". */
    public String waited(Instant since) {
        if (since == null) {
            return "";
        }
        Duration waited = Duration.between(since, clock.instant());
        if (waited.toDays() > 0) {
            return text("waited.days", waited.toDays());
        }
        if (waited.toHours() > 0) {
            return text("waited.hours", waited.toHours());
        }
        return text("waited.minutes", Math.max(0, waited.toMinutes()));
    }

    /** With seconds, for the timeline, where several things happen in one minute. */
    public String precisely(Instant instant) {
        return instant == null ? "" : formatter("format.precisely").format(instant.atZone(zone));
    }

    /** A calendar day in the reader's way of writing it (30 Nov 2026, 2026年11月30日). */
    public String date(LocalDate date) {
        return date == null ? "" : formatter("format.date").format(date);
    }

    /** 82000000 → "82 × 10⁶ cells" ("82 × 10⁶ 个细胞"), the number written the reader's way. */
    public String cells(Number cells) {
        if (cells == null) {
            return "";
        }
        NumberFormat millions = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        millions.setMaximumFractionDigits(2);
        return text("cells.millions", millions.format(cells.doubleValue() / 1_000_000d));
    }

    private static boolean chinese() {
        return "zh".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private DateTimeFormatter formatter(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The bundle's words for a code, or the fallback for a code the bundle does not know (a newer one). */
    private String known(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    static String role(Role role) {
        return switch (role) {
            case COORDINATOR -> "Coordinator";
            case PHYSICIAN -> "Physician";
            case ADMIN -> "Administrator";
        };
    }
}
