package org.mscpathway.workflow.pathway;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;
import org.mscpathway.screening.Screening;

/**
 * The rulesets this instance can evaluate with. New cases start on {@link #current()}; a case in flight keeps the
 * version it started with, as long as that version is still deployed.
 */
public final class Rulesets {

    private final Screening current;
    private final Map<String, Screening> byVersion;

    public Rulesets(Screening current, List<Screening> others) {
        this.current = current;
        this.byVersion = java.util.stream.Stream.concat(others.stream(), java.util.stream.Stream.of(current))
                .collect(Collectors.toUnmodifiableMap(Screening::rulesetVersion, Function.identity(), (a, b) -> b));
    }

    public Screening current() {
        return current;
    }

    public Optional<Screening> version(String rulesetVersion) {
        return Optional.ofNullable(byVersion.get(rulesetVersion));
    }

    /** The case's ruleset; if it was retired, the current one (the assessment records which was used). */
    Screening forCase(String rulesetVersion) {
        return version(rulesetVersion).orElse(current);
    }
}
