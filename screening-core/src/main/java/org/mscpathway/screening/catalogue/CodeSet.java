package org.mscpathway.screening.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A set of ICD-10 or ATC codes written as prefixes ({@code M35.0}, {@code L01}) and ranges of equal length
 * ({@code C00-C96}, {@code I20-I25}). A code matches when its leading characters, dots ignored, fall within an
 * entry: {@code C4A.0} is in {@code C00-C96}, {@code M35.01} in {@code M35.0}, a national extension such as
 * {@code C50.900} in {@code C50}. Matching allocates nothing,
 * because it runs for every condition and medication of every evaluation.
 */
public final class CodeSet {

    /** Which coding system a set holds, and the shape its entries must have. */
    public enum System {
        ICD10("an ICD-10 code such as C50 or M35.0", Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?")),
        ATC("an ATC code such as L01 or J01CA04", Pattern.compile("[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?"));

        private final String description;
        private final Pattern shape;

        System(String description, Pattern shape) {
            this.description = description;
            this.shape = shape;
        }
    }

    private static final int[] NONE = new int[0];

    private final List<String> entries;
    private final String[] lows;
    private final String[] highs;
    /** For each letter A-Z, the entries whose range starts with it (or spans it): most sets skip most codes at once. */
    private final int[][] entriesByLetter = new int[26][];

    private CodeSet(List<String> entries, String[] lows, String[] highs) {
        this.entries = List.copyOf(entries);
        this.lows = lows;
        this.highs = highs;
        for (int letter = 0; letter < 26; letter++) {
            char c = (char) ('A' + letter);
            int[] found = NONE;
            for (int i = 0; i < lows.length; i++) {
                if (lows[i].charAt(0) <= c && c <= highs[i].charAt(0)) {
                    found = java.util.Arrays.copyOf(found, found.length + 1);
                    found[found.length - 1] = i;
                }
            }
            entriesByLetter[letter] = found;
        }
    }

    /**
     * Parses entries such as {@code "C00-C96"} or {@code "Z15.0"}.
     *
     * @throws IllegalArgumentException naming the first entry that is not a code or range of {@code system}
     */
    public static CodeSet of(System system, List<String> entries) {
        String[] lows = new String[entries.size()];
        String[] highs = new String[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).trim().toUpperCase(Locale.ROOT);
            int dash = entry.indexOf('-');
            String low = dash < 0 ? entry : entry.substring(0, dash);
            String high = dash < 0 ? entry : entry.substring(dash + 1);
            requireShape(system, entries.get(i), low);
            requireShape(system, entries.get(i), high);
            lows[i] = low.replace(".", "");
            highs[i] = high.replace(".", "");
            if (lows[i].length() != highs[i].length() || lows[i].compareTo(highs[i]) > 0) {
                throw new IllegalArgumentException("'" + entries.get(i)
                        + "' is not a range: both ends must have the same length and the first must come first");
            }
        }
        return new CodeSet(entries, lows, highs);
    }

    private static void requireShape(System system, String entry, String code) {
        if (!system.shape.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + entry + "' is not " + system.description + " or a range of them");
        }
    }

    /** Whether {@code code} (any case, dot or no dot) falls within one of the entries. */
    public boolean matches(String code) {
        char first = code.isEmpty() ? ' ' : code.charAt(0);
        if (first >= 'a' && first <= 'z') {
            first -= 'a' - 'A';
        }
        if (first >= 'A' && first <= 'Z') {
            for (int i : entriesByLetter[first - 'A']) {
                if (inEntry(code, i)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0; i < lows.length; i++) {
            if (inEntry(code, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean inEntry(String code, int i) {
        return compareLeading(code, lows[i]) >= 0 && compareLeading(code, highs[i]) <= 0;
    }

    /**
     * Compares the first {@code bound.length()} characters of {@code code}, dots skipped, with {@code bound};
     * a code shorter than the bound is outside every range.
     */
    private static int compareLeading(String code, String bound) {
        int k = 0;
        for (int j = 0; j < bound.length(); j++) {
            while (k < code.length() && code.charAt(k) == '.') {
                k++;
            }
            if (k == code.length()) {
                return Integer.MIN_VALUE;
            }
            char c = code.charAt(k++);
            if (c >= 'a' && c <= 'z') {
                c -= 'a' - 'A';
            }
            char b = bound.charAt(j);
            if (c != b) {
                return rank(c) - rank(b);
            }
        }
        return 0;
    }

    /**
     * Letters sort before digits, as the alphanumeric ICD-10-CM categories sit in the classification: D3A (benign
     * neuroendocrine tumours) comes before D37, so it is not in D37-D48, while C4A and C7A stay within C00-C96.
     */
    private static int rank(char c) {
        return c >= '0' && c <= '9' ? c + 100 : c;
    }

    /** The entries as the catalogue wrote them. */
    public List<String> entries() {
        return entries;
    }
}
