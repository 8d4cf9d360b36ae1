package org.mscpathway.screening.record;

/**
 * How long a laboratory result is trusted, by kind of test (catalogue 2026.2, "Data the evaluator trusts"):
 * the number of days each kind stays valid is catalogue configuration.
 */
public enum ResultWindow {
    /** HIV, HBsAg, anti-HCV, syphilis: 90 days by default. */
    SEROLOGY,
    /** Leukocytes, neutrophils, platelets, haemoglobin: 30 days by default. */
    BLOOD_COUNT,
    /** hCG: the pregnancy test window, 14 days by default. */
    PREGNANCY_TEST,
    /** Every other result the evaluator reads: 180 days by default. */
    OTHER
}
