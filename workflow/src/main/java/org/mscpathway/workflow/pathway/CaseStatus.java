package org.mscpathway.workflow.pathway;

public enum CaseStatus {
    OPEN, APPROVED, REJECTED, INELIGIBLE, WITHDRAWN
}
