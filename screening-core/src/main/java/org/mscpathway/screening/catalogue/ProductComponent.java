package org.mscpathway.screening.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A component or residue of a cell product (cryoprotectant, culture serum, antibiotic of the culture medium, ...,
 * and since 2026.2 the cells themselves) and every name an allergy to it may be recorded under: its synonyms, brand
 * names and Chinese names, the members of its drug classes (an allergy to amoxicillin is an allergy to the
 * penicillin of the medium) and its ATC classes (an allergy coded J01CA04 is one to a penicillin, J01C).
 * Latin-script names match whole words, ignoring case and punctuation: {@code "Co-Amoxiclav"} contains
 * {@code "co amoxiclav"}, {@code "dextrose"} is not {@code "dextran"}. Chinese is written without spaces between
 * words, so a name containing CJK characters matches anywhere in the substance: {@code "对青霉素过敏"} names
 * {@code "青霉素"}.
 */
public final class ProductComponent {

    private final String name;
    private final List<String> names;
    private final List<String> atcClasses;
    private final String[] matchable;

    /**
     * @param names synonyms, brand names, Chinese names and drug-class members, as the catalogue writes them
     * @param atcClasses ATC codes or classes of the component, e.g. J01C
     */
    public ProductComponent(String name, List<String> names, List<String> atcClasses) {
        this.name = Objects.requireNonNull(name, "name");
        this.names = List.copyOf(names);
        Set<String> normalised = new LinkedHashSet<>();
        normalised.add(normalise(name));
        for (String each : names) {
            normalised.add(normalise(each));
        }
        normalised.remove(" ");
        List<String> forMatching = new ArrayList<>(normalised.size());
        for (String each : normalised) {
            forMatching.add(hasCjk(each) ? each.trim() : each);
        }
        this.matchable = forMatching.toArray(String[]::new);
        List<String> classes = new ArrayList<>(atcClasses.size());
        for (String atc : atcClasses) {
            classes.add(atc.trim().toUpperCase(Locale.ROOT));
        }
        this.atcClasses = List.copyOf(classes);
    }

    /** A component known by name only. */
    public ProductComponent(String name, List<String> names) {
        this(name, names, List.of());
    }

    public String name() {
        return name;
    }

    /** Every other name of the component, as the catalogue writes them. */
    public List<String> names() {
        return names;
    }

    public List<String> atcClasses() {
        return atcClasses;
    }

    /** Whether a substance, as returned by {@link #normalise}, names this component. */
    public boolean isNamedIn(String normalisedSubstance) {
        for (String each : matchable) {
            if (normalisedSubstance.contains(each)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an allergy's ATC code is in one of this component's classes ({@code J01CA04} in {@code J01C}), or is a
     * class that contains one ({@code J01}, all antibacterials, contains the penicillins): the safer reading of an
     * allergy coded only by its class.
     */
    public boolean isInClass(String atc) {
        for (String atcClass : atcClasses) {
            if (atc.startsWith(atcClass) || atcClass.startsWith(atc)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case, every run of characters other than letters and digits turned into one space, a space between
     * CJK and other letters ({@code "DMSO过敏"} reads {@code " dmso 过敏 "}), and a space at each end so that
     * {@code contains} matches whole Latin-script words only.
     */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        boolean lastCjk = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                boolean cjk = isCjk(c);
                if (cjk != lastCjk && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                lastCjk = cjk;
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString();
    }

    private static boolean hasCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCjk(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** CJK ideographs (and their extension A), the script of Chinese drug and substance names. */
    private static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
    }
}
