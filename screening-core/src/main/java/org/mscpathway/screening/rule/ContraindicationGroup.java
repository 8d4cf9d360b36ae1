package org.mscpathway.screening.rule;

/** The rules of one group of the clinic's guidance, compiled for one indication. */
interface ContraindicationGroup {

    /** Adds the findings the record supports and, in a full evaluation, the data the group still needs. */
    void check(Evaluation evaluation);
}
