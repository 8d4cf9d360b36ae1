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

    /**
     * Why a result dated {@code date} does not count on the assessment day, or {@code null} when it counts. Works
     * on epoch days: it runs for every result of every evaluation.
     */
    String untrusted(ResultWindow window, LocalDate date, long assessmentEpochDay) {
        if (date == null) {
            return "undated";
        }
        long age = assessmentEpochDay - date.toEpochDay();
        if (age < 0) {
            return "dated after the assessment date";
        }
        int days = validDays[window.ordinal()];
        return age > days ? "older than " + days + " days" : null;
    }
}
