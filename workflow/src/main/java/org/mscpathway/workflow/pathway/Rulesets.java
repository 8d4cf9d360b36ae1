package org.mscpathway.workflow.pathway;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.catalogue.Catalogue;
import org.mscpathway.screening.catalogue.InvalidCatalogueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rulesets this instance can evaluate with. New cases start on {@link #current()}, the version governance
 * activated (the shipped catalogue until one is stored); a case in flight keeps the version it started with, even
 * after that version is retired, until a user re-screens it. A version that was never stored (e.g. one shipped by
 * an earlier release) falls back to the current one, and the assessment records which was used.
 * <p>
 * The active version is read from the database on every call, so an activation on one instance is seen by all at
 * once; parsed catalogues are cached by version because a stored document never changes. A stored document this
 * release can no longer read (after an upgrade whose code implements other rules) is treated as not deployed: the
 * shipped catalogue serves until governance activates a version this release reads.
 */
public final class Rulesets {

    private static final Logger log = LoggerFactory.getLogger(Rulesets.class);

    private final Screening shipped;
    private final RulesetSource source;
    private final Map<String, Screening> parsed = new ConcurrentHashMap<>();
    private final Set<String> unreadable = ConcurrentHashMap.newKeySet();

    public Rulesets(Screening shipped, RulesetSource source) {
        this.shipped = shipped;
        this.source = source;
        parsed.put(shipped.rulesetVersion(), shipped);
    }

    public Screening current() {
        return source.activeVersion().flatMap(this::version).orElse(shipped);
    }

    public Optional<Screening> version(String rulesetVersion) {
        Screening known = parsed.get(rulesetVersion);
        if (known != null) {
            return Optional.of(known);
        }
        if (unreadable.contains(rulesetVersion)) {
            return Optional.empty();
        }
        return source.document(rulesetVersion).flatMap(document -> parse(rulesetVersion, document));
    }

    private Optional<Screening> parse(String rulesetVersion, String document) {
        try {
            return Optional.of(parsed.computeIfAbsent(rulesetVersion,
                    v -> Screening.withCatalogue(Catalogue.parse(document, "stored ruleset " + v))));
        } catch (InvalidCatalogueException e) {
            unreadable.add(rulesetVersion);
            log.warn("Stored ruleset {} does not describe the rules this release implements ({} problems): it is"
                    + " treated as not deployed", rulesetVersion, e.problems().size());
            return Optional.empty();
        }
    }

    /** The case's ruleset; if it was never stored here, the current one (the assessment records which was used). */
    Screening forCase(String rulesetVersion) {
        return version(rulesetVersion).orElseGet(this::current);
    }
}
