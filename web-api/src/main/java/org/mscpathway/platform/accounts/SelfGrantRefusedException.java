package org.mscpathway.platform.accounts;

/** An administrator tried to give their own account a clinical role: another administrator must (403). */
class SelfGrantRefusedException extends RuntimeException {

    SelfGrantRefusedException() {
        super("an administrator cannot grant their own account a clinical role (COORDINATOR, PHYSICIAN);"
                + " another administrator must");
    }
}
