package org.mscpathway.screening.rule;

import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.catalogue.Catalogue;
import org.mscpathway.screening.catalogue.InvalidCatalogueException;
import org.mscpathway.screening.plan.IndicationProfile;
import org.mscpathway.screening.record.PatientRecord;

/**
 * Every rule group of the catalogue compiled for one indication (its thresholds, severities and product
 * components resolved once), checking records for that indication. Immutable and thread-safe.
 */
public final class Contraindications {

    private final ContraindicationGroup[] groups;
    private final ResultWindows windows;
    private final boolean weightBasedDose;

    private Contraindications(ContraindicationGroup[] groups, ResultWindows windows, boolean weightBasedDose) {
        this.groups = groups;
        this.windows = windows;
        this.weightBasedDose = weightBasedDose;
    }

    /** @throws InvalidCatalogueException if the catalogue lacks a rule the code implements, or describes one it does not */
    public static Contraindications compile(Catalogue catalogue, IndicationProfile indication) {
        RuleBook book = new RuleBook(catalogue, indication);
        ContraindicationGroup[] groups = {
            new PregnancyRules(book), new MalignancyRules(book), new AutoimmuneRules(book), new InfectionRules(book),
            new CardiacRules(book), new AllergyRules(book), new CoagulationRules(book), new OrganFunctionRules(book),
            new AgeRules(book)
        };
        book.requireComplete();
        return new Contraindications(groups, new ResultWindows(book), indication.isWeightBased());
    }

    /**
     * Runs every rule on the data present. A full evaluation also lists each required item that is missing,
     * including the weight a per-kg dose needs; a partial one asks for nothing.
     */
    public ContraindicationReport check(PatientRecord record, EvaluationMode mode) {
        Evaluation evaluation = new Evaluation(record, mode == EvaluationMode.FULL, windows);
        for (ContraindicationGroup group : groups) {
            group.check(evaluation);
        }
        if (weightBasedDose && record.patient().weightKg() == null) {
            evaluation.require("patient.weightKg", "intravenous dose is per kg of body weight");
        }
        return new ContraindicationReport(evaluation.findings, evaluation.missing, evaluation.notCounted,
                evaluation.pregnancyTestRequired);
    }
}
