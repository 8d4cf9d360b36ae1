package org.mscpathway.screening.terminology;

import java.text.Normalizer;
import java.util.Locale;

/** What a person typed to find a code, and how well an entry answers it: the lower the rank, the better. */
final class Query {

    static final int NO_MATCH = -1;

    private final String text;
    private final String code;

    Query(String typed) {
        this.text = fold(typed.strip());
        this.code = Terminology.key(typed);
    }

    /**
     * 0 the exact code, 1 a code starting with it, 2 a name starting with it, 3 a word of the English name starting
     * with it, 4 a name containing it, else {@link #NO_MATCH}.
     */
    int rank(Searchable entry) {
        if (entry.code().equals(code)) {
            return 0;
        }
        if (entry.code().startsWith(code)) {
            return 1;
        }
        if (entry.name().startsWith(text) || entry.nameZh().startsWith(text)) {
            return 2;
        }
        if (startsAWord(entry.name())) {
            return 3;
        }
        return entry.name().contains(text) || entry.nameZh().contains(text) ? 4 : NO_MATCH;
    }

    private boolean startsAWord(String name) {
        for (int at = name.indexOf(text); at >= 0; at = name.indexOf(text, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents: "Sjögren" and "Behçet" are found as "sjogren" and "behcet". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** An entry with its code and names as queries compare them. */
    record Searchable(Term term, String code, String name, String nameZh) {
        static Searchable of(Term term) {
            return new Searchable(term, Terminology.key(term.code()), fold(term.name()), fold(term.nameZh()));
        }
    }
}
