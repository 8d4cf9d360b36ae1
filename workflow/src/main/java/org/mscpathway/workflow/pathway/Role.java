package org.mscpathway.workflow.pathway;

/** The platform's roles; a user task's candidate group is the role's lower-case name. */
public enum Role {
    COORDINATOR, PHYSICIAN, ADMIN
}
