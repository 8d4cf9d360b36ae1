package org.mscpathway.screening.assessment;

/** The contraindication groups of the clinic's guidance (article section 二, items 1-6) plus the trial-practice groups (COAGULATION since 2026.2). */
public enum RuleGroup {
    PREGNANCY, MALIGNANCY, AUTOIMMUNE, INFECTION, CARDIAC, ALLERGY, COAGULATION, ORGAN_FUNCTION, AGE
}
