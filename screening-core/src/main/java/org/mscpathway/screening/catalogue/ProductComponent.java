package org.mscpathway.screening.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A component or residue of a cell product (cryoprotectant, culture serum, antibiotic of the culture medium, ...)
 * and every name an allergy to it may be recorded under: its synonyms and the members of its drug classes
 * (an allergy to amoxicillin is an allergy to the penicillin of the medium). Names match whole words, ignoring
 * case and punctuation: {@code "Co-Amoxiclav"} contains {@code "co amoxiclav"}, {@code "dextrose"} is not
 * {@code "dextran"}.
 */
public record ProductComponent(String name, List<String> names) {

    public ProductComponent {
        Objects.requireNonNull(name, "name");
        Set<String> normalised = new LinkedHashSet<>();
        normalised.add(normalise(name));
        for (String each : names) {
            normalised.add(normalise(each));
        }
        normalised.remove(" ");
        names = List.copyOf(normalised);
    }

    /** Whether a substance, as returned by {@link #normalise}, names this component. */
    public boolean isNamedIn(String normalisedSubstance) {
        for (String each : names) {
            if (normalisedSubstance.contains(each)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case, every run of characters other than letters and digits turned into one space, and a space at
     * each end so that {@code contains} matches whole words only.
     */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString();
    }
}
