package org.mscpathway.platform.security;

import java.util.List;

/** Demo accounts were enabled outside the embedded default. */
class DemoAccountsRefusedException extends IllegalStateException {

    private static final String REMEDY = ": they exist only in the embedded default. Set"
            + " msc.security.demo-accounts.enabled=false (MSC_SECURITY_DEMO_ACCOUNTS_ENABLED=false) and create real"
            + " accounts or configure an OIDC issuer.";

    private DemoAccountsRefusedException(String message) {
        super(message);
    }

    static DemoAccountsRefusedException withProfiles(List<String> profiles) {
        return new DemoAccountsRefusedException("Demo accounts (msc.security.demo-accounts.enabled=true) are refused"
                + " with the profile(s) " + profiles + REMEDY);
    }

    static DemoAccountsRefusedException onAnExternalDatabase() {
        return new DemoAccountsRefusedException("Demo accounts (msc.security.demo-accounts.enabled=true) are refused"
                + " on an external database (spring.datasource.url is configured)" + REMEDY);
    }
}
