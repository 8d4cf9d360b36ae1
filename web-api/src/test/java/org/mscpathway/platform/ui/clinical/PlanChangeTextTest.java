package org.mscpathway.platform.ui.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mscpathway.workflow.pathway.PlanChange;

class PlanChangeTextTest {

    @Test
    void aDoseChangeReadsInMillionsOfCellsWithItsLabel() {
        assertThat(text(new PlanChange("cellsPerAdministration", 50_000_000L, 40_000_000L), Locale.ENGLISH))
                .isEqualTo("Dose: 50 × 10⁶ cells → 40 × 10⁶ cells");
    }

    @Test
    void anIntervalTheDraftHadNoneOfReadsAsNone() {
        assertThat(text(new PlanChange("intervalWeeks", null, 4), Locale.ENGLISH))
                .isEqualTo("Weeks between administrations: none → 4 weeks");
    }

    @Test
    void monitoringListsItsItems() {
        assertThat(text(new PlanChange("monitoring", List.of("review at 6 months"),
                List.of("review at 3 months", "ECG")), Locale.ENGLISH))
                .isEqualTo("Monitoring: review at 6 months → review at 3 months; ECG");
    }

    @Test
    void planChangesReadInChinese() {
        assertThat(text(new PlanChange("cellsPerAdministration", 50_000_000L, 40_000_000L), Bundle.CHINESE))
                .isEqualTo("剂量：由 50 × 10⁶ 个细胞 改为 40 × 10⁶ 个细胞");
        assertThat(text(new PlanChange("administrations", 1, 2), Bundle.CHINESE)).startsWith("给药次数").endsWith("：由 1 改为 2");
    }

    private static String text(PlanChange change, Locale locale) {
        var words = Bundle.words(locale);
        Function<Number, String> cells = count -> words.apply("cells.millions",
                new Object[] {Units.number(count.doubleValue() / 1_000_000, locale)});
        return PlanChangeText.of(change, words, cells, UnaryOperator.identity());
    }
}
