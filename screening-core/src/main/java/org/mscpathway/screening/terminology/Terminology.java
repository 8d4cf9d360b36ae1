package org.mscpathway.screening.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the codes the shipped catalogue reads (its ICD-10 and ATC code sets, the ATC classes of the product
 * components, the LOINC codes of the lab tests) and of the common concrete codes a coordinator looks for, in English
 * and Simplified Chinese: a coordinator finds a code by its name ({@link #search}), and a page shows a code beside
 * its meaning ({@link #nameOf}). Read once from {@value #RESOURCE}; immutable and safe to share between threads.
 */
public final class Terminology {

    static final String RESOURCE = "/org/mscpathway/screening/terminology/terminology.tsv";

    private final Map<CodeSystem, Map<String, Term>> byCode = new HashMap<>();
    private final List<NestedTerm> nested = new ArrayList<>();
    private final List<Query.Searchable> searchable;

    Terminology(List<Term> terms) {
        this.searchable = terms.stream().map(Query.Searchable::of).toList();
        for (Term term : terms) {
            Term twice = byCode.computeIfAbsent(term.system(), system -> new HashMap<>()).put(key(term.code()), term);
            if (twice != null) {
                throw new IllegalArgumentException(term.system().label() + " " + term.code() + " is named twice");
            }
            if (term.system().codeSetSystem() != null) {
                nested.add(NestedTerm.of(term));
            }
        }
    }

    /** The terminology shipped in this jar, read on first use. */
    public static Terminology shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final Terminology INSTANCE = read();

        private static Terminology read() {
            try (InputStream in = Terminology.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the class path");
                }
                return new Terminology(TerminologyFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + " cannot be read", e);
            }
        }
    }

    /** The entry of exactly this code or range (any case, dots of ICD-10 codes as written). */
    public Optional<Term> entry(CodeSystem system, String code) {
        return Optional.ofNullable(byCode.getOrDefault(system, Map.of()).get(key(code)));
    }

    /**
     * The most specific entry that names {@code code}: its own, else the narrowest class or range it falls in, as the
     * catalogue's code sets match ({@code C50.912} is named by {@code C50}, {@code C83.9} by {@code C83}, a code
     * without an entry of its own and of its category by the block such as {@code C00-C96}). LOINC codes are named
     * only by their own entry.
     */
    public Optional<Term> nameOf(CodeSystem system, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Optional<Term> exact = entry(system, code.strip());
        if (exact.isPresent() || system.codeSetSystem() == null) {
            return exact;
        }
        return nested.stream().filter(candidate -> candidate.term().system() == system)
                .filter(candidate -> candidate.contains(code.strip()))
                .max(NestedTerm.SPECIFICITY).map(NestedTerm::term);
    }

    /**
     * The entries whose code or name matches {@code query}, best first: the exact code, then codes starting with
     * it, names starting with it, names with a word starting with it, then names containing it (Chinese is written
     * without spaces, so any part of a Chinese name matches). Case, dots in codes and accents ({@code Sjogren}) are
     * not significant.
     *
     * @param system {@code null} for every system
     * @param limit at most this many entries
     */
    public List<Term> search(CodeSystem system, String query, int limit) {
        if (limit < 1 || !isSearchable(query)) {
            return List.of();
        }
        Query asked = new Query(query);
        List<Ranked> found = new ArrayList<>();
        for (Query.Searchable entry : searchable) {
            if (system == null || entry.term().system() == system) {
                int rank = asked.rank(entry);
                if (rank != Query.NO_MATCH) {
                    found.add(new Ranked(entry.term(), rank));
                }
            }
        }
        return found.stream().sorted(Ranked.ORDER).limit(limit).map(Ranked::term).toList();
    }

    /**
     * Whether a query says enough to search by: two characters, or one Chinese character (a whole word such as
     * 癌 or 肝).
     */
    public static boolean isSearchable(String query) {
        if (query == null || query.isBlank()) {
            return false;
        }
        String asked = query.strip();
        return asked.codePointCount(0, asked.length()) >= 2
                || Character.UnicodeScript.of(asked.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** Codes compare without case and without the dot of ICD-10 (C50.9 is C509). */
    static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replace(".", "");
    }

    private record Ranked(Term term, int rank) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::rank)
                .thenComparing(ranked -> ranked.term().system())
                .thenComparing(ranked -> key(ranked.term().code()));
    }
}
