package org.mscpathway.screening.rule;

import java.time.LocalDate;
import org.mscpathway.screening.catalogue.Threshold;
import org.mscpathway.screening.record.ResultWindow;

/** How many days each kind of result stays trusted, as the catalogue sets it for one indication. */
final class ResultWindows {

    private final int[] validDays = new int[ResultWindow.values().length];

    ResultWindows(RuleBook book) {
        validDays[ResultWindow.SEROLOGY.ordinal()] = book.whole(Threshold.SEROLOGY_VALID_DAYS);
        validDays[ResultWindow.BLOOD_COUNT.ordinal()] = book.whole(Threshold.BLOOD_COUNT_VALID_DAYS);
        validDays[ResultWindow.PREGNANCY_TEST.ordinal()] = book.whole(Threshold.PREGNANCY_TEST_VALID_DAYS);
        validDays[ResultWindow.OTHER.ordinal()] = book.whole(Threshold.OTHER_RESULT_VALID_DAYS);
    }

    int validDays(ResultWindow window) {
        return validDays[window.ordinal()];
    }

    /** For each window, the oldest date a result may carry and still count on {@code assessmentDate}. */
    LocalDate[] oldestTrustedDates(LocalDate assessmentDate) {
        LocalDate[] oldest = new LocalDate[validDays.length];
        for (int i = 0; i < validDays.length; i++) {
            oldest[i] = assessmentDate.minusDays(validDays[i]);
        }
        return oldest;
    }
}
