package org.mscpathway.screening.assessment;

import java.util.List;
import java.util.Objects;

/**
 * The personalized MSC plan: route, product, cells per administration, schedule, premedication and monitoring,
 * with every adjustment to the indication's standard plan citing the finding that caused it.
 * {@code intervalWeeks} is {@code null} for a single administration.
 */
public record TreatmentPlan(String indication, String route, String product, long cellsPerAdministration,
                            int administrations, Integer intervalWeeks, List<String> premedication,
                            List<String> monitoring, List<PlanAdjustment> adjustments) {

    public TreatmentPlan {
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(product, "product");
        if (cellsPerAdministration <= 0) {
            throw new IllegalArgumentException("cellsPerAdministration must be positive");
        }
        if (administrations < 1) {
            throw new IllegalArgumentException("administrations must be at least 1");
        }
        if (intervalWeeks != null && intervalWeeks < 1) {
            throw new IllegalArgumentException("intervalWeeks must be at least 1");
        }
        premedication = List.copyOf(premedication);
        monitoring = List.copyOf(monitoring);
        adjustments = List.copyOf(adjustments);
    }
}
