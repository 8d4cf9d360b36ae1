package org.mscpathway.screening.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.Catalogue;
import org.mscpathway.screening.catalogue.CodeList;
import org.mscpathway.screening.catalogue.CodeSet;
import org.mscpathway.screening.catalogue.InvalidCatalogueException;
import org.mscpathway.screening.catalogue.RuleDescription;
import org.mscpathway.screening.catalogue.Threshold;
import org.mscpathway.screening.catalogue.Thresholds;
import org.mscpathway.screening.plan.IndicationProfile;

/**
 * What the rule groups read from the catalogue while they are compiled for one indication, done once so that an
 * evaluation looks nothing up by name. Checks that the catalogue describes exactly the rules the code implements.
 */
final class RuleBook {

    private final Catalogue catalogue;
    private final IndicationProfile indication;
    private final Thresholds thresholds;
    private final Set<String> implemented = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    RuleBook(Catalogue catalogue, IndicationProfile indication) {
        this.catalogue = catalogue;
        this.indication = indication;
        this.thresholds = catalogue.thresholdsFor(indication);
    }

    Rule rule(String id, RuleGroup group) {
        implemented.add(id);
        RuleDescription description = catalogue.rule(id).orElse(null);
        if (description == null) {
            problems.add("rules: no rule " + id + " (the " + group + " rules need it)");
            return null;
        }
        if (description.group() != group) {
            problems.add("rules: " + id + " must be in group " + group + ", not " + description.group());
        }
        return new Rule(description, catalogue.severityFor(description, indication));
    }

    double value(Threshold threshold) {
        return thresholds.value(threshold);
    }

    int whole(Threshold threshold) {
        return thresholds.whole(threshold);
    }

    CodeSet codes(CodeList list) {
        return catalogue.codes(list);
    }

    IndicationProfile indication() {
        return indication;
    }

    /**
     * Whether the indication's route is intra-articular. Route-dependent rules read any other route as
     * intravenous where that is the stricter reading (SpO2, the cardiac plan adjustments).
     */
    boolean isIntraArticular() {
        return indication.isIntraArticular();
    }

    /**
     * Whether the indication's route is intravenous. The anticoagulant rule reads any other route as a local
     * injection, the stricter reading.
     */
    boolean isIntravenous() {
        return indication.isIntravenous();
    }

    Catalogue catalogue() {
        return catalogue;
    }

    /** @throws InvalidCatalogueException if a rule is missing or the catalogue describes a rule no code implements */
    void requireComplete() {
        for (RuleDescription rule : catalogue.rules()) {
            if (!implemented.contains(rule.id())) {
                problems.add("rules: no rule logic implements " + rule.id());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException("ruleset " + catalogue.rulesetVersion(), problems);
        }
    }
}
