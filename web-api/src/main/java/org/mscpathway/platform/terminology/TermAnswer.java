package org.mscpathway.platform.terminology;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mscpathway.screening.terminology.Term;

/** One entry of the terminology as the API answers it. */
@Schema(description = "A code or range of codes with its English and Simplified Chinese names")
record TermAnswer(
        @Schema(description = "ICD-10, ATC or LOINC") String system,
        @Schema(description = "the code, or a range such as C00-C96") String code,
        String name,
        String nameZh,
        @Schema(description = "the unit a LOINC test's value is read in, e.g. ×10⁹/L; null for other entries")
        String unit) {

    static TermAnswer of(Term term) {
        return new TermAnswer(term.system().label(), term.code(), term.name(), term.nameZh(), term.unit());
    }
}
