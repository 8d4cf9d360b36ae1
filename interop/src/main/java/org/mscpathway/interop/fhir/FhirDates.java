package org.mscpathway.interop.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.hl7.fhir.r4.model.BaseDateTimeType;

/**
 * FHIR dates as the record's calendar dates. A dateTime keeps the calendar day it was written with (its own
 * offset): the day the clinician saw, not a day shifted to this server's zone.
 */
final class FhirDates {

    private FhirDates() {
    }

    /** The day, or null when the value is absent or less precise than a day. */
    static LocalDate day(BaseDateTimeType value) {
        if (value == null || value.isEmpty() || value.getPrecision() == null
                || value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            return null;
        }
        return LocalDate.parse(value.getValueAsString().substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /**
     * The latest day a year or year-month can mean ({@code 2019} → 2019-12-31): for an onset, an end of therapy or
     * a vaccination, the latest day makes every "within N days/months/years" window the cautious one.
     */
    static LocalDate latestDay(BaseDateTimeType value) {
        LocalDate day = day(value);
        if (day != null || value == null || value.isEmpty() || value.getPrecision() == null) {
            return day;
        }
        int year = value.getYear();
        if (value.getPrecision() == TemporalPrecisionEnum.YEAR) {
            return LocalDate.of(year, 12, 31);
        }
        return YearMonth.of(year, value.getMonth() + 1).atEndOfMonth();
    }

    static boolean isPartial(BaseDateTimeType value) {
        return value != null && !value.isEmpty() && day(value) == null;
    }

}
