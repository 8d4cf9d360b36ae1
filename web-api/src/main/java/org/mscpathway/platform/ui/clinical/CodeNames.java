package org.mscpathway.platform.ui.clinical;

import java.util.Locale;
import java.util.Optional;
import org.mscpathway.screening.terminology.CodeSystem;
import org.mscpathway.screening.terminology.Term;
import org.mscpathway.screening.terminology.Terminology;

/** A code beside its meaning, in the reader's language: "Atorvastatin (C10AA05)", "阿托伐他汀（C10AA05）". */
record CodeNames(Terminology terminology) {

    /** The code's name and the code; the code alone when the terminology does not name it. */
    String label(CodeSystem system, String code, Locale locale) {
        return name(system, code, locale).map(name -> beside(name, code, locale)).orElse(code);
    }

    /**
     * The most specific name of the code (its own entry, else its class or block: C50.912 is named as C50).
     * A medication named on the record keeps that name when the terminology knows only its class.
     */
    String medication(String atc, String recordedName, Locale locale) {
        Optional<Term> own = terminology.entry(CodeSystem.ATC, atc);
        if (own.isEmpty() && recordedName != null && !recordedName.isBlank()) {
            return beside(capitalised(recordedName.strip(), locale), atc, locale);
        }
        return label(CodeSystem.ATC, atc, locale);
    }

    Optional<String> name(CodeSystem system, String code, Locale locale) {
        return terminology.nameOf(system, code).map(term -> chinese(locale) ? term.nameZh() : term.name());
    }

    /** The unit the terminology writes a LOINC test's value in ({@code ×10⁹/L}), if quantitative. */
    Optional<String> unit(String loinc) {
        return terminology.entry(CodeSystem.LOINC, loinc).map(Term::unit);
    }

    static String beside(String name, String code, Locale locale) {
        return chinese(locale) ? name + "（" + code + "）" : name + " (" + code + ")";
    }

    /** What joins a name to its status: ", " in English, "，" in Chinese. */
    static String comma(Locale locale) {
        return chinese(locale) ? "，" : ", ";
    }

    static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static String capitalised(String name, Locale locale) {
        return chinese(locale) ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
