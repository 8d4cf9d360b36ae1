package org.mscpathway.platform.ui.cases;

import org.mscpathway.platform.ui.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names of the rows of "What is missing" in the reader's language: a lab test by its name with its code beside
 * it ("Hepatitis B surface antigen (HBsAg) — LOINC 5196-1"), a field by the label the step forms give it. Templates
 * call it as {@code @missingNames}.
 */
@Component("missingNames")
record MissingItemNames(MessageSource messages, FieldLabels labels) {

    /** What the row asks for, named first. */
    public String name(MissingDataForm.Row row) {
        return switch (row.kind()) {
            case LAB -> row.test().label();
            case LIST -> text("case." + row.list());
            default -> labels.label(row.item());
        };
    }

    /** A field of the row, as the summary of a refused form names it: "Haemoglobin — LOINC 718-7: Date". */
    public String label(MissingDataForm.Row row, String part) {
        if (row.kind() != MissingDataForm.Kind.LAB) {
            return name(row);
        }
        String column = switch (part) {
            case "loinc" -> "case.col.test";
            case "unit" -> "case.col.unit";
            case "date" -> "case.col.date";
            default -> "case.col.value";
        };
        return name(row) + ": " + text(column);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
