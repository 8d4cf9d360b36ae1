package org.mscpathway.screening;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.TreatmentPlan;
import org.mscpathway.screening.catalogue.Catalogue;
import org.mscpathway.screening.catalogue.InvalidCatalogueException;
import org.mscpathway.screening.catalogue.RuleDescription;
import org.mscpathway.screening.plan.IndicationProfile;
import org.mscpathway.screening.plan.PlanRecommender;
import org.mscpathway.screening.record.PatientRecord;
import org.mscpathway.screening.rule.ContraindicationReport;
import org.mscpathway.screening.rule.Contraindications;

/**
 * The contraindication screening of MSC Pathway: evaluates a patient record against one rule catalogue and
 * recommends the personalized plan. Immutable and thread-safe; build one per catalogue and share it.
 *
 * <pre>{@code
 * Screening screening = Screening.withDefaultCatalogue();
 * Assessment assessment = screening.evaluate(record, EvaluationMode.FULL);
 * }</pre>
 */
public final class Screening {

    private final Catalogue catalogue;
    private final Map<String, IndicationScreening> byIndication;

    private record IndicationScreening(Contraindications contraindications, PlanRecommender planner) {
    }

    private Screening(Catalogue catalogue) {
        this.catalogue = catalogue;
        Map<String, IndicationScreening> compiled = new HashMap<>();
        for (IndicationProfile indication : catalogue.indications()) {
            compiled.put(indication.code(), new IndicationScreening(
                    Contraindications.compile(catalogue, indication), new PlanRecommender(indication)));
        }
        this.byIndication = Map.copyOf(compiled);
    }

    private static final class Default {
        static final Screening INSTANCE = new Screening(Catalogue.loadDefault());
    }

    /** The catalogue shipped in this jar (ruleset 2026.2). */
    public static Screening withDefaultCatalogue() {
        return Default.INSTANCE;
    }

    /**
     * A site's own catalogue file.
     *
     * @throws InvalidCatalogueException naming every key that is missing, of the wrong type or out of range
     */
    public static Screening withCatalogue(Path file) {
        return new Screening(Catalogue.load(file));
    }

    /** @throws InvalidCatalogueException if the catalogue does not describe exactly the rules the code implements */
    public static Screening withCatalogue(Catalogue catalogue) {
        return new Screening(Objects.requireNonNull(catalogue, "catalogue"));
    }

    public String rulesetVersion() {
        return catalogue.rulesetVersion();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * FULL: every rule, every required data item, the design's outcome precedence and, when the outcome allows
     * one, the plan. PARTIAL (pathway steps before the full evaluation): every rule on the data present, no
     * missing items, no plan; the outcome is that of the worst finding, else a provisional ELIGIBLE.
     *
     * @throws IllegalArgumentException if the record's indication is not in the catalogue (the record reader
     *     refuses such records)
     */
    public Assessment evaluate(PatientRecord record, EvaluationMode mode) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(mode, "mode");
        IndicationScreening screening = byIndication.get(record.indication());
        if (screening == null) {
            throw new IllegalArgumentException("the record's indication is not one of ruleset " + rulesetVersion()
                    + ": " + String.join(", ", indicationCodes()));
        }
        ContraindicationReport report = screening.contraindications().check(record, mode);
        Outcome outcome = report.outcome(mode);
        TreatmentPlan plan = mode == EvaluationMode.FULL && outcome.allowsPlan()
                ? screening.planner().recommend(record, report.findings(), report.pregnancyTestRequired())
                : null;
        return new Assessment(outcome, rulesetVersion(), mode, report.findings(), report.missing(), plan,
                report.notCounted());
    }

    /** The rules as the catalogue describes them, with their default severities. */
    public List<RuleDescription> rules() {
        return catalogue.rules();
    }

    public List<IndicationProfile> indications() {
        return catalogue.indications();
    }

    public Optional<IndicationProfile> indication(String code) {
        return catalogue.indication(code);
    }

    public List<String> indicationCodes() {
        return catalogue.indications().stream().map(IndicationProfile::code).toList();
    }
}
