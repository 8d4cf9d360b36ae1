package org.mscpathway.workflow.pathway;

import java.util.List;

/** A physician's changes to the drafted plan; a {@code null} component is left as drafted. */
public record PlanChanges(Long cellsPerAdministration, Integer administrations, Integer intervalWeeks,
                          List<String> monitoring) {

    public PlanChanges {
        monitoring = monitoring == null ? null : List.copyOf(monitoring);
    }

    public boolean isEmpty() {
        return cellsPerAdministration == null && administrations == null && intervalWeeks == null
                && monitoring == null;
    }
}
