package org.mscpathway.screening.rule;

import static org.mscpathway.screening.rule.Evaluation.collect;

import java.util.List;
import java.util.Locale;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.ProductComponent;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.AllergySeverity;

/**
 * Clinic guidance §二.6 药物过敏或免疫反应异常的患者: an allergy to a component or residue of the product (its
 * cryoprotectant, culture serum, medium antibiotics, ..., and since 2026.2 the cells themselves) weighs by the
 * severity of the reaction; any earlier severe reaction or anaphylaxis calls for premedication and a longer
 * observation.
 */
final class AllergyRules implements ContraindicationGroup {

    private static final String ANAPHYLAXIS = " anaphyla";
    /** 过敏性休克, anaphylactic shock. */
    private static final String ANAPHYLACTIC_SHOCK = "\u8fc7\u654f\u6027\u4f11\u514b";

    private final Rule severe;
    private final Rule moderate;
    private final Rule mild;
    private final Rule priorSevereReaction;
    private final List<ProductComponent> components;

    AllergyRules(RuleBook book) {
        severe = book.rule("ALG-COMPONENT-SEVERE", RuleGroup.ALLERGY);
        moderate = book.rule("ALG-COMPONENT-MODERATE", RuleGroup.ALLERGY);
        mild = book.rule("ALG-COMPONENT-MILD", RuleGroup.ALLERGY);
        priorSevereReaction = book.rule("ALG-PRIOR-ANAPHYLAXIS", RuleGroup.ALLERGY);
        components = book.catalogue().componentsOf(book.indication().product());
    }

    /**
     * A reaction described as anaphylaxis (anaphylaxis, anaphylactic, anaphylactoid, 过敏性休克) is severe whatever
     * severity was recorded: the design says anaphylaxis is severe, and the safer reading trusts the description.
     */
    @Override
    public void check(Evaluation e) {
        List<Evidence> severeOnes = null;
        List<Evidence> moderateOnes = null;
        List<Evidence> mildOnes = null;
        List<Evidence> severeReactions = null;
        for (Allergy allergy : e.allergies) {
            boolean anaphylaxis = mentionsAnaphylaxis(allergy.reaction()) || mentionsAnaphylaxis(allergy.substance());
            AllergySeverity severity = anaphylaxis ? AllergySeverity.SEVERE : allergy.severity();
            Evidence evidence = evidence(allergy);
            if (severity == AllergySeverity.SEVERE) {
                severeReactions = collect(severeReactions, evidence);
            }
            if (!isProductComponent(allergy)) {
                continue;
            }
            switch (severity) {
                case SEVERE -> severeOnes = collect(severeOnes, evidence);
                case MODERATE -> moderateOnes = collect(moderateOnes, evidence);
                case MILD -> mildOnes = collect(mildOnes, evidence);
            }
        }
        e.fireIfAny(severe, severeOnes);
        e.fireIfAny(moderate, moderateOnes);
        e.fireIfAny(mild, mildOnes);
        e.fireIfAny(priorSevereReaction, severeReactions);
        if (e.history == null || e.history.allergies() == null) {
            e.require("medicalHistory.allergies", "allergy history not yet assessed ([] means no known allergies)");
        }
    }

    /**
     * Whether a text mentions anaphylaxis. The substance counts as well as the reaction: a history entry such as
     * "idiopathic anaphylaxis" with no reaction recorded is still a prior anaphylaxis (safer reading).
     */
    private static boolean mentionsAnaphylaxis(String text) {
        return text != null && (ProductComponent.normalise(text).contains(ANAPHYLAXIS) || text.contains(ANAPHYLACTIC_SHOCK));
    }

    /** By name (synonyms, brand and Chinese names, drug-class members) or by the allergy's ATC code. */
    private boolean isProductComponent(Allergy allergy) {
        String normalised = ProductComponent.normalise(allergy.substance());
        for (ProductComponent component : components) {
            if (component.isNamedIn(normalised) || allergy.atc() != null && component.isInClass(allergy.atc())) {
                return true;
            }
        }
        return false;
    }

    /** {@code ("allergy dimethyl sulfoxide", "severe: anaphylaxis")}; with its ATC code when one was recorded. */
    private static Evidence evidence(Allergy allergy) {
        String severity = allergy.severity().name().toLowerCase(Locale.ROOT);
        boolean described = allergy.reaction() != null && !allergy.reaction().isBlank();
        String item = "allergy " + allergy.substance().trim() + (allergy.atc() == null ? "" : " (ATC " + allergy.atc() + ")");
        return new Evidence(item, described ? severity + ": " + allergy.reaction().trim() : severity);
    }
}
