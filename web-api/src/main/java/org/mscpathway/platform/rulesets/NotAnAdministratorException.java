package org.mscpathway.platform.rulesets;

/** A governance step asked by a user without the ADMIN role (the security filters refuse it first on the API). */
class NotAnAdministratorException extends RuntimeException {

    NotAnAdministratorException() {
        super("ruleset governance is for administrators");
    }
}
