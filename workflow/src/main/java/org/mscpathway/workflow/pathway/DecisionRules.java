package org.mscpathway.workflow.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;

/** What a decision must carry to be recorded; every missing or wrong field is reported at once. */
final class DecisionRules {

    static final int MAX_ADMINISTRATIONS = 12;
    static final int MAX_INTERVAL_WEEKS = 52;
    /** An override sets aside an ABSOLUTE contraindication: "x" is no justification (issue 12.3). */
    static final int MIN_JUSTIFICATION = 20;

    private DecisionRules() {
    }

    /**
     * @param confirming the decision confirms another physician's override, whose justification is already written
     */
    static void check(PhysicianDecision d, LocalDate today, long maxCellsPerAdministration, boolean confirming) {
        List<FieldError> errors = new ArrayList<>();
        switch (d.decision()) {
            case APPROVE -> checkConsent(d.consent(), today, errors);
            case OVERRIDE -> {
                if (!confirming && (d.comment() == null || d.comment().strip().length() < MIN_JUSTIFICATION)) {
                    errors.add(new FieldError("comment", "an override needs a written justification of at least "
                            + MIN_JUSTIFICATION + " characters"));
                }
            }
            case REQUEST_CHANGES -> {
                if (d.planChanges() == null || d.planChanges().isEmpty()) {
                    errors.add(new FieldError("planChanges",
                            "name at least one change (cellsPerAdministration, administrations, intervalWeeks,"
                                    + " monitoring)"));
                }
            }
            default -> {
            }
        }
        if (d.planChanges() != null && d.decision().step() == Step.PLAN_APPROVAL) {
            checkChanges(d.planChanges(), maxCellsPerAdministration, errors);
        }
        if (d.comment() != null && d.comment().length() > 4000) {
            errors.add(new FieldError("comment", "must be at most 4000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCaseDataException(errors);
        }
    }

    private static void checkConsent(Consent consent, LocalDate today, List<FieldError> errors) {
        if (consent == null) {
            errors.add(new FieldError("consent", "approval requires informed consent (obtainedOn, formVersion)"));
            return;
        }
        if (consent.obtainedOn() == null) {
            errors.add(new FieldError("consent.obtainedOn", "the date consent was obtained is required (YYYY-MM-DD)"));
        } else if (consent.obtainedOn().isAfter(today)) {
            errors.add(new FieldError("consent.obtainedOn", "must not be in the future"));
        }
        if (blank(consent.formVersion())) {
            errors.add(new FieldError("consent.formVersion", "the consent form version is required"));
        } else if (consent.formVersion().length() > 64) {
            errors.add(new FieldError("consent.formVersion", "must be at most 64 characters"));
        }
    }

    private static void checkChanges(PlanChanges c, long maxCells, List<FieldError> errors) {
        if (c.cellsPerAdministration() != null
                && (c.cellsPerAdministration() <= 0 || c.cellsPerAdministration() > maxCells)) {
            errors.add(new FieldError("planChanges.cellsPerAdministration",
                    "must be between 1 and " + maxCells + " cells (the catalogue's cap per administration)"));
        }
        if (c.administrations() != null && (c.administrations() < 1 || c.administrations() > MAX_ADMINISTRATIONS)) {
            errors.add(new FieldError("planChanges.administrations", "must be between 1 and " + MAX_ADMINISTRATIONS));
        }
        if (c.intervalWeeks() != null && (c.intervalWeeks() < 1 || c.intervalWeeks() > MAX_INTERVAL_WEEKS)) {
            errors.add(new FieldError("planChanges.intervalWeeks", "must be between 1 and " + MAX_INTERVAL_WEEKS));
        }
        if (c.monitoring() != null) {
            for (int i = 0; i < c.monitoring().size(); i++) {
                if (blank(c.monitoring().get(i))) {
                    errors.add(new FieldError("planChanges.monitoring[" + i + "]", "must not be blank"));
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
