package org.mscpathway.screening.terminology;

import java.util.Optional;
import org.mscpathway.screening.catalogue.CodeSet;

/** The coding systems the catalogue reads, named as the API and the terminology file write them. */
public enum CodeSystem {
    ICD_10("ICD-10", CodeSet.System.ICD10),
    ATC("ATC", CodeSet.System.ATC),
    LOINC("LOINC", null);

    private final String label;
    private final CodeSet.System codeSetSystem;

    CodeSystem(String label, CodeSet.System codeSetSystem) {
        this.label = label;
        this.codeSetSystem = codeSetSystem;
    }

    /** {@code ICD-10}, {@code ATC} or {@code LOINC}. */
    public String label() {
        return label;
    }

    /** The system written as {@link #label()}, ignoring case. */
    public static Optional<CodeSystem> named(String label) {
        for (CodeSystem system : values()) {
            if (system.label.equalsIgnoreCase(label)) {
                return Optional.of(system);
            }
        }
        return Optional.empty();
    }

    /** The system of a catalogue code set. */
    public static CodeSystem of(CodeSet.System system) {
        return system == CodeSet.System.ICD10 ? ICD_10 : ATC;
    }

    /** How codes of this system nest (prefixes and ranges); {@code null} for LOINC, whose codes stand alone. */
    CodeSet.System codeSetSystem() {
        return codeSetSystem;
    }
}
