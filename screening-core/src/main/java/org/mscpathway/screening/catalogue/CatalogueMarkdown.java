package org.mscpathway.screening.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.plan.IndicationProfile;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.ResultWindow;
import org.mscpathway.screening.record.UnitConversion;

/**
 * The catalogue as Markdown for people: terminology and units, result windows, thresholds, code sets, product
 * components, every rule by group, and the indications. {@code msc-screen rules --format markdown} prints it, and
 * {@code docs/clinical-rules.md} embeds it between its generated-section markers (a test keeps the two equal).
 */
public final class CatalogueMarkdown {

    private CatalogueMarkdown() {
    }

    public static String render(Catalogue catalogue) {
        StringBuilder md = new StringBuilder();
        md.append("## Ruleset ").append(catalogue.rulesetVersion()).append("\n\n");
        terminology(catalogue, md);
        thresholds(catalogue, md);
        codes(catalogue, md);
        components(catalogue, md);
        rules(catalogue, md);
        indications(catalogue, md);
        return md.toString();
    }

    private static void terminology(Catalogue catalogue, StringBuilder md) {
        md.append("### Results the evaluator reads\n\n")
                .append("A result counts only when dated, not after the assessment date, and no older than its window; "
                        + "a quantitative value in an accepted unit is converted to the catalogue unit, any other unit is "
                        + "refused. No unit means the catalogue unit.\n\n")
                .append("| test | LOINC | values | accepted units (conversion to the catalogue unit) | trusted for |\n")
                .append("|---|---|---|---|---|\n");
        for (LabTest test : LabTest.values()) {
            md.append("| ").append(test.displayName())
                    .append(" | ").append(String.join(", ", test.loincCodes()))
                    .append(" | ").append(test.isQuantitative() ? "number in " + code(test.unit()) : "positive, negative, indeterminate")
                    .append(" | ").append(test.isQuantitative() ? units(test) : "")
                    .append(" | ").append(validDays(catalogue, test.window())).append(" days |\n");
        }
        md.append('\n');
    }

    private static String units(LabTest test) {
        StringJoiner units = new StringJoiner(", ");
        for (UnitConversion conversion : test.acceptedUnits()) {
            units.add(code(conversion.unit()) + (conversion.isIdentity() ? "" : " " + conversion.describe()));
        }
        return units.toString();
    }

    private static int validDays(Catalogue catalogue, ResultWindow window) {
        Threshold threshold = switch (window) {
            case SEROLOGY -> Threshold.SEROLOGY_VALID_DAYS;
            case BLOOD_COUNT -> Threshold.BLOOD_COUNT_VALID_DAYS;
            case PREGNANCY_TEST -> Threshold.PREGNANCY_TEST_VALID_DAYS;
            case OTHER -> Threshold.OTHER_RESULT_VALID_DAYS;
        };
        return catalogue.thresholds().whole(threshold);
    }

    private static void thresholds(Catalogue catalogue, StringBuilder md) {
        md.append("### Thresholds and windows\n\n")
                .append("Key under `thresholds` in the catalogue file, and its value; an indication profile may override it.\n\n")
                .append("| key | value |\n|---|---|\n");
        for (Threshold threshold : Threshold.values()) {
            md.append("| ").append(code(threshold.key())).append(" | ")
                    .append(number(catalogue.thresholds().value(threshold))).append(" |\n");
        }
        md.append('\n');
    }

    private static void codes(Catalogue catalogue, StringBuilder md) {
        md.append("### Code sets\n\n")
                .append("ICD-10 codes match by prefix or range (national extensions such as `C50.900` included; "
                        + "letters sort before digits, so `D3A` is not in `D37-D48`); ATC codes match by prefix.\n\n")
                .append("| key | system | codes |\n|---|---|---|\n");
        for (CodeList list : CodeList.values()) {
            md.append("| ").append(code(list.key())).append(" | ").append(list.system())
                    .append(" | ").append(String.join(", ", catalogue.codes(list).entries())).append(" |\n");
        }
        md.append('\n');
    }

    private static void components(Catalogue catalogue, StringBuilder md) {
        md.append("### Product components\n\n")
                .append("An allergy names a component when its substance contains one of the names (whole words, case and "
                        + "punctuation ignored; Chinese names anywhere in the text) or its ATC code is in one of the "
                        + "classes (or is a class containing one).\n\n")
                .append("| product | component | names | ATC |\n|---|---|---|---|\n");
        for (String product : catalogue.products()) {
            for (ProductComponent component : catalogue.componentsOf(product)) {
                md.append("| ").append(product).append(" | ").append(component.name())
                        .append(" | ").append(String.join(", ", component.names()))
                        .append(" | ").append(String.join(", ", component.atcClasses())).append(" |\n");
            }
        }
        md.append('\n');
    }

    private static void rules(Catalogue catalogue, StringBuilder md) {
        md.append("### Rules\n\n")
                .append("Severity: ABSOLUTE → INELIGIBLE; RELATIVE → PHYSICIAN_REVIEW; PRECAUTION → ELIGIBLE_WITH_PRECAUTIONS. "
                        + "Required data missing → INCOMPLETE. Precedence: INELIGIBLE > INCOMPLETE > PHYSICIAN_REVIEW > "
                        + "ELIGIBLE_WITH_PRECAUTIONS > ELIGIBLE.\n\n");
        for (RuleGroup group : RuleGroup.values()) {
            List<RuleDescription> rules = catalogue.rules().stream().filter(rule -> rule.group() == group).toList();
            if (rules.isEmpty()) {
                continue;
            }
            md.append("#### ").append(group).append("\n\n");
            for (RuleDescription rule : rules) {
                md.append("- **").append(rule.id()).append("** (version ").append(rule.version()).append(", ")
                        .append(rule.severity()).append("): ").append(rule.title()).append(".\n")
                        .append("  ").append(rule.rationale()).append('\n')
                        .append("  Source: ").append(rule.source()).append(".");
                if (!rule.requiredData().isEmpty()) {
                    md.append(" Required data: ").append(String.join("; ", rule.requiredData())).append('.');
                }
                md.append('\n');
            }
            md.append('\n');
        }
    }

    private static void indications(Catalogue catalogue, StringBuilder md) {
        md.append("### Indications\n\n")
                .append("| code | route | product | dose | administrations | interval (weeks) | standard monitoring | overrides |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (IndicationProfile indication : catalogue.indications()) {
            md.append("| ").append(indication.code()).append(" | ").append(indication.route())
                    .append(" | ").append(indication.product()).append(" | ").append(indication.doseDescription())
                    .append(" | ").append(indication.administrations())
                    .append(" | ").append(indication.intervalWeeks() == null ? "" : indication.intervalWeeks())
                    .append(" | ").append(String.join("; ", indication.monitoring()))
                    .append(" | ").append(indication.severityOverrides().isEmpty() && indication.thresholdOverrides().isEmpty()
                            ? "none" : new TreeMap<>(indication.severityOverrides()) + " "
                                    + new TreeMap<>(indication.thresholdOverrides()))
                    .append(" |\n");
        }
    }

    private static String code(String text) {
        return "`" + text + "`";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
