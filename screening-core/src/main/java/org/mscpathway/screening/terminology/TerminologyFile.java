package org.mscpathway.screening.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mscpathway.screening.catalogue.CodeSet;

/**
 * Reads the terminology file: one entry a line, tab-separated {@code system, code, name, Chinese name[, unit]};
 * lines starting with {@code #} and blank lines are comments. A malformed line is refused naming its number, so a
 * bad edit fails the build's tests rather than a coordinator's search.
 */
final class TerminologyFile {

    private static final Pattern LOINC = Pattern.compile("[0-9]{1,8}-[0-9]");

    private TerminologyFile() {
    }

    static List<Term> parse(String text) {
        List<Term> terms = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                terms.add(term(line.split("\t", -1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("terminology line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return terms;
    }

    private static Term term(String[] columns) {
        if (columns.length < 4 || columns.length > 5) {
            throw new IllegalArgumentException("expected 4 or 5 tab-separated columns, found " + columns.length);
        }
        CodeSystem system = CodeSystem.named(columns[0].strip()).orElseThrow(() ->
                new IllegalArgumentException("unknown system '" + columns[0] + "' (ICD-10, ATC or LOINC)"));
        String code = columns[1].strip();
        if (system.codeSetSystem() != null) {
            CodeSet.of(system.codeSetSystem(), List.of(code));
        } else if (!LOINC.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a LOINC code such as 6690-2");
        }
        String unit = columns.length == 5 && !columns[4].isBlank() ? columns[4].strip() : null;
        return new Term(system, code, columns[2].strip(), columns[3].strip(), unit);
    }
}
