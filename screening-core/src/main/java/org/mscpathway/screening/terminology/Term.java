package org.mscpathway.screening.terminology;

import java.util.Objects;

/**
 * One entry of the terminology: a code, or a range of codes such as {@code C00-C96}, with its English and
 * Simplified Chinese names and, for a quantitative lab test, the unit its value is read in, written for people
 * ({@code ×10⁹/L}, {@code mL/min/1.73 m²}).
 *
 * @param unit {@code null} unless a LOINC test reports a number with a unit
 */
public record Term(CodeSystem system, String code, String name, String nameZh, String unit) {

    public Term {
        Objects.requireNonNull(system, "system");
        requireText(code, "code");
        requireText(name, "name of " + code);
        requireText(nameZh, "Chinese name of " + code);
        if (unit != null && (unit.isBlank() || system != CodeSystem.LOINC)) {
            throw new IllegalArgumentException("only a LOINC test has a unit (" + code + ")");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
