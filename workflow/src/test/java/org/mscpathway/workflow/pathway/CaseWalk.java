package org.mscpathway.workflow.pathway;

import static org.mscpathway.workflow.pathway.CaseData.COORDINATOR;

import java.util.UUID;

/**
 * Walks a new knee-osteoarthritis case of {@link CaseData}'s patient through the data steps as the coordinator, with
 * the bodies of a patient with nothing to find: the start of most pathway tests, which then vary one step.
 */
public final class CaseWalk {

    private CaseWalk() {
    }

    public static UUID throughMedicalHistory(ScreeningCases cases) {
        UUID id = cases.open(CaseData.patient(), "knee-osteoarthritis", COORDINATOR);
        cases.submitMedicalHistory(id, CaseData.history(), COORDINATOR, null);
        return id;
    }

    public static UUID throughPhysicalExam(ScreeningCases cases) {
        UUID id = throughMedicalHistory(cases);
        cases.submitPhysicalExam(id, CaseData.exam(), COORDINATOR, null);
        return id;
    }

    /** Complete and normal: the case waits at plan approval. */
    public static UUID throughInvestigations(ScreeningCases cases) {
        UUID id = throughPhysicalExam(cases);
        cases.submitInvestigations(id, CaseData.investigations(), COORDINATOR, null);
        return id;
    }
}
