package org.mscpathway.screening.terminology;

import java.util.Comparator;
import java.util.List;
import org.mscpathway.screening.catalogue.CodeSet;

/**
 * An ICD-10 or ATC entry as the codes it covers, matched as the catalogue's code sets match: {@code C50} covers
 * {@code C50.912}, {@code C00-C96} covers {@code C4A.0}.
 *
 * @param length the length of the entry's code (dots ignored): the longer, the more specific
 * @param width how many categories a range spans; 0 for one code or class
 */
record NestedTerm(Term term, CodeSet codes, int length, long width) {

    /** The more specific of two entries covering a code: the longer code, then one code over a range, then the narrower range. */
    static final Comparator<NestedTerm> SPECIFICITY = Comparator.comparingInt(NestedTerm::length)
            .thenComparing(Comparator.comparingLong(NestedTerm::width).reversed());

    static NestedTerm of(Term term) {
        String code = Terminology.key(term.code());
        int dash = code.indexOf('-');
        String low = dash < 0 ? code : code.substring(0, dash);
        long width = dash < 0 ? 0 : 1 + value(code.substring(dash + 1)) - value(low);
        return new NestedTerm(term, CodeSet.of(term.system().codeSetSystem(), List.of(term.code())), low.length(), width);
    }

    boolean contains(String code) {
        return codes.matches(code);
    }

    /** A code read as a base-36 number, so that the width of C00-C96 exceeds that of C91-C95. */
    private static long value(String code) {
        return Long.parseLong(code, 36);
    }
}
