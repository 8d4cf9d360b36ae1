package org.mscpathway.platform.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mscpathway.workflow.pathway.AssessmentDigest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An assessment in a few words, in the reader's language, for lines that tell what a case needs or what happened to
 * it (the bell's notifications, the case's timeline): its outcome, its main finding, the sections data is missing
 * from.
 */
@Component
public class AssessmentWords {

    private final Labels labels;
    private final MessageSource messages;

    AssessmentWords(Labels labels, MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    /** "eligible with precautions", "ineligible", "data missing": an outcome inside a sentence. */
    public String outcome(String outcome) {
        return outcome == null ? "" : text("assessed." + outcome, outcome);
    }

    /** The title of the finding that weighs most, in the reader's language, or null without findings. */
    public String mainFinding(AssessmentDigest digest) {
        return digest == null || digest.mainRuleId() == null ? null
                : labels.ruleTitle(digest.mainRuleId(), digest.mainTitle());
    }

    /**
     * The outcome and, if any, its main finding: "ineligible — Pregnancy", "data missing — labs, physical exam"; of a
     * provisional evaluation "ineligible (Pregnancy)", as the timeline adds what it has not seen after a dash.
     */
    public String conclusion(AssessmentDigest digest) {
        String outcome = outcome(digest.outcome());
        if ("INCOMPLETE".equals(digest.outcome()) && !digest.missingItems().isEmpty()) {
            return text("assessed.withMissing", null, outcome, missingSections(digest.missingItems()));
        }
        String finding = mainFinding(digest);
        if (finding == null) {
            return outcome;
        }
        return text(digest.partial() ? "assessed.withFinding.provisional" : "assessed.withFinding", null, outcome,
                finding);
    }

    /**
     * The record's sections the missing items belong to, each once, in the order first named: "labs, physical exam".
     * An item is named by its place in the record (LOINC code, {@code physicalExam.spo2Percent}), so its first word
     * says its section.
     */
    public String missingSections(List<String> items) {
        Set<String> sections = new LinkedHashSet<>();
        for (String item : items) {
            sections.add(text("missingSection." + section(item), null));
        }
        // the list's comma is the reader's: Chinese enumerates with 、
        boolean chinese = "zh".equals(LocaleContextHolder.getLocale().getLanguage());
        return String.join(chinese ? "、" : ", ", sections);
    }

    private static String section(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        if (lower.startsWith("loinc")) {
            return "labs";
        }
        for (String section : List.of("imaging", "medicalHistory", "physicalExam", "patient")) {
            if (item.startsWith(section)) {
                return section;
            }
        }
        return "other";
    }

    private String text(String key, String fallback, Object... arguments) {
        return messages.getMessage(key, arguments, fallback, LocaleContextHolder.getLocale());
    }
}
