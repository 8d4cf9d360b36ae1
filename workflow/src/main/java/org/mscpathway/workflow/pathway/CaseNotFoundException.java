package org.mscpathway.workflow.pathway;

import java.util.UUID;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(UUID caseId) {
        super("no case " + caseId);
    }
}
