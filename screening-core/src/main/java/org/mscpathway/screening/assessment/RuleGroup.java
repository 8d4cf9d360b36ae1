package org.mscpathway.screening.assessment;

/** The contraindication groups of the clinic's guidance (article section 二, items 1-6) plus the trial-practice groups. */
public enum RuleGroup {
    PREGNANCY, MALIGNANCY, AUTOIMMUNE, INFECTION, CARDIAC, ALLERGY, ORGAN_FUNCTION, AGE
}
