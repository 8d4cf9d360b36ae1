package org.mscpathway.screening.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mscpathway.screening.assessment.Severity;

/**
 * What the site offers for one indication (docs/clinical-rules.md, "The personalised plan"): route, product,
 * dose, schedule and standard monitoring, and the catalogue overrides clinical governance decided for it.
 * The dose is either a fixed number of cells ({@code fixedCells}) or {@code cellsPerKg} times the weight,
 * capped at {@code maxCellsPerAdministration}; exactly one of the two is set. {@code intervalWeeks} is
 * {@code null} for a single administration.
 *
 * @param severityOverrides rule id to the severity it has for this indication
 * @param thresholdOverrides threshold key (e.g. {@code cardiac.lvefAbsoluteBelowPercent}) to its value here
 */
public record IndicationProfile(String code, String name, String route, String product, String doseDescription,
                                Long fixedCells, Long cellsPerKg, Long maxCellsPerAdministration,
                                int administrations, Integer intervalWeeks, List<String> monitoring,
                                Map<String, Severity> severityOverrides, Map<String, Double> thresholdOverrides) {

    public IndicationProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(doseDescription, "doseDescription");
        if ((fixedCells == null) == (cellsPerKg == null)) {
            throw new IllegalArgumentException(code + ": exactly one of fixedCells and cellsPerKg must be set");
        }
        if (administrations < 1) {
            throw new IllegalArgumentException(code + ": administrations must be at least 1");
        }
        monitoring = List.copyOf(monitoring);
        severityOverrides = Map.copyOf(severityOverrides);
        thresholdOverrides = Map.copyOf(thresholdOverrides);
    }

    /** Whether the cells are injected into a joint (the route spelled {@code intra-articular}, any case). */
    public boolean isIntraArticular() {
        return route.equalsIgnoreCase("intra-articular");
    }

    /** Whether the cells are infused into a vein (the route spelled {@code intravenous}, any case). */
    public boolean isIntravenous() {
        return route.equalsIgnoreCase("intravenous");
    }

    /** Whether the dose depends on the patient's weight, which then becomes required data. */
    public boolean isWeightBased() {
        return cellsPerKg != null;
    }
}
