package org.mscpathway.screening.catalogue;

import java.util.List;

/**
 * A rule catalogue file that cannot be used: unreadable, not JSON, or with keys missing, of the wrong type or
 * out of range. Each problem names its key, e.g.
 * {@code thresholds.cardiac.lvefAbsoluteBelowPercent: must be a number between 0 and 100}.
 */
public class InvalidCatalogueException extends RuntimeException {

    private final List<String> problems;

    public InvalidCatalogueException(String source, List<String> problems) {
        super("invalid rule catalogue " + source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each starting with the key it concerns. */
    public List<String> problems() {
        return problems;
    }
}
