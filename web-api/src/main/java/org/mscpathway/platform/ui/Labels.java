package org.mscpathway.platform.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mscpathway.screening.Screening;
import org.mscpathway.workflow.pathway.CaseStatus;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.Step;
import org.springframework.stereotype.Component;

/**
 * The words pages use for the pathway's codes: steps, statuses, outcomes, severities, indications. Templates call it
 * as {@code @labels}.
 */
@Component("labels")
public class Labels {

    /** How the pages name an assessment that is not the full evaluation yet (see {@link #shownOutcome}). */
    static final String PROVISIONAL = "PROVISIONAL";


    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter PRECISELY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss",
            Locale.ENGLISH);

    private final Screening screening;
    private final ZoneId zone = ZoneId.systemDefault();

    Labels(Screening screening) {
        this.screening = screening;
    }

    public String step(Object step) {
        if (step == null) {
            return "Closed";
        }
        return switch (Step.valueOf(step.toString())) {
            case MEDICAL_HISTORY -> "Medical history";
            case PHYSICAL_EXAM -> "Physical exam";
            case INVESTIGATIONS -> "Lab & imaging checks";
            case MISSING_DATA -> "Missing data";
            case INELIGIBILITY_REVIEW -> "Ineligibility review";
            case PLAN_APPROVAL -> "Plan approval";
        };
    }

    public String status(Object status) {
        return switch (CaseStatus.valueOf(status.toString())) {
            case OPEN -> "Open";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
            case INELIGIBLE -> "Ineligible";
            case WITHDRAWN -> "Withdrawn";
        };
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
            case "PHYSICAL_EXAM" -> "The physical exam and the lab and imaging checks are not in yet.";
            case "INVESTIGATIONS" -> "The lab and imaging checks are not in yet.";
            default -> "The full evaluation has not run yet.";
        };
    }

    /** The outcome of an assessment as a sentence a coordinator can read to a colleague. */
    public String outcome(String outcome) {
        if (outcome == null) {
            return "Not assessed yet.";
        }
        return switch (outcome) {
            case "INELIGIBLE" -> "Not eligible: an absolute contraindication was found.";
            case "INCOMPLETE" -> "Incomplete: data is missing before anyone can be called eligible.";
            case "PHYSICIAN_REVIEW" -> "Needs a physician's review: a relative contraindication must be accepted"
                    + " explicitly.";
            case "ELIGIBLE_WITH_PRECAUTIONS" -> "Eligible with precautions: the plan is adjusted.";
            case "ELIGIBLE" -> "Eligible: no contraindication found.";
            case PROVISIONAL -> "Provisional: no contraindication in the data entered so far. Nobody is eligible before"
                    + " the full evaluation.";
            default -> outcome;
        };
    }

    public String outcomeShort(String outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case "INELIGIBLE" -> "Ineligible";
            case "INCOMPLETE" -> "Incomplete";
            case "PHYSICIAN_REVIEW" -> "Physician review";
            case "ELIGIBLE_WITH_PRECAUTIONS" -> "Eligible with precautions";
            case "ELIGIBLE" -> "Eligible";
            case PROVISIONAL -> "Provisional";
            default -> outcome;
        };
    }

    public String severity(String severity) {
        return switch (severity) {
            case "ABSOLUTE" -> "Absolute";
            case "RELATIVE" -> "Relative";
            case "PRECAUTION" -> "Precaution";
            default -> severity;
        };
    }

    public String group(String group) {
        String words = group.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String indication(String code) {
        return screening.indication(code).map(p -> p.name()).orElse(code);
    }

    public String decision(Object decision) {
        return switch (decision.toString()) {
            case "APPROVE" -> "Approved";
            case "REJECT" -> "Rejected";
            case "REQUEST_CHANGES" -> "Changes requested";
            case "CONFIRM_INELIGIBLE" -> "Ineligibility confirmed";
            case "OVERRIDE" -> "Ineligibility overridden";
            default -> decision.toString();
        };
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    /** With seconds, for the timeline, where several things happen in one minute. */
    public String precisely(Instant instant) {
        return instant == null ? "" : PRECISELY.format(instant.atZone(zone));
    }

    /** 82000000 → "82 × 10⁶". */
    public String cells(Number cells) {
        if (cells == null) {
            return "";
        }
        double millions = cells.doubleValue() / 1_000_000d;
        String number = millions == Math.rint(millions) ? Long.toString((long) millions)
                : String.format(Locale.ENGLISH, "%.2f", millions);
        return number + " × 10⁶ cells";
    }

    static String role(Role role) {
        return switch (role) {
            case COORDINATOR -> "Coordinator";
            case PHYSICIAN -> "Physician";
            case ADMIN -> "Administrator";
        };
    }
}
