package org.mscpathway.screening.catalogue;

import java.util.List;
import java.util.Objects;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.assessment.Severity;

/**
 * A rule as the catalogue describes it to clinicians: stable id and version, group, default severity, what it
 * checks and why, where it comes from, and the data items it reads.
 */
public record RuleDescription(String id, String version, RuleGroup group, Severity severity, String title,
                              String rationale, String source, List<String> requiredData) {

    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(source, "source");
        requiredData = List.copyOf(requiredData);
    }
}
