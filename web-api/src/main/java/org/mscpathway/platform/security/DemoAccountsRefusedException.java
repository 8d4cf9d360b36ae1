package org.mscpathway.platform.security;

import java.util.List;

/** Demo accounts were enabled outside the embedded default. */
class DemoAccountsRefusedException extends IllegalStateException {

    DemoAccountsRefusedException(List<String> profiles) {
        super("Demo accounts (msc.security.demo-accounts.enabled=true) are refused with the profile(s) " + profiles
                + ": they exist only in the embedded default. Set msc.security.demo-accounts.enabled=false "
                + "(MSC_SECURITY_DEMO_ACCOUNTS_ENABLED=false) and create real accounts or configure an OIDC issuer.");
    }
}
