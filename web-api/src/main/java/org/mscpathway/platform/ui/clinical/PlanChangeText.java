package org.mscpathway.platform.ui.clinical;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.mscpathway.workflow.pathway.PlanChange;

/**
 * A plan change as a sentence with the field's label and readable values: "Dose: 50 × 10⁶ cells → 40 × 10⁶ cells",
 * "Monitoring: review at 6 months → review at 3 months".
 */
final class PlanChangeText {

    private PlanChangeText() {
    }

    /**
     * @param cells a cell count the reader's way (82000000 → "82 × 10⁶ cells")
     * @param sentences the plan's English monitoring items in the reader's language
     */
    static String of(PlanChange change, BiFunction<String, Object[], String> words, Function<Number, String> cells,
                     UnaryOperator<String> sentences) {
        String label = switch (change.field()) {
            case PlanChange.CELLS_PER_ADMINISTRATION -> words.apply("rules.dose", null);
            case PlanChange.ADMINISTRATIONS -> words.apply("review.administrationsLabel", null);
            case PlanChange.INTERVAL_WEEKS -> words.apply("review.intervalWeeks", null);
            case PlanChange.MONITORING -> words.apply("review.monitoring", null);
            default -> change.field();
        };
        return words.apply("clinical.planChange", new Object[] {label,
                value(change.field(), change.from(), words, cells, sentences),
                value(change.field(), change.to(), words, cells, sentences)});
    }

    private static String value(String field, Object value, BiFunction<String, Object[], String> words,
                                Function<Number, String> cells, UnaryOperator<String> sentences) {
        if (value == null) {
            return words.apply("rules.none", null);
        }
        return switch (field) {
            case PlanChange.CELLS_PER_ADMINISTRATION -> cells.apply((Number) value);
            case PlanChange.INTERVAL_WEEKS -> words.apply("clinical.weeks", new Object[] {value});
            case PlanChange.MONITORING -> ((List<?>) value).isEmpty() ? words.apply("rules.none", null)
                    : String.join("; ", ((List<?>) value).stream().map(item -> sentences.apply(item.toString()))
                            .toList());
            default -> value.toString();
        };
    }
}
