package org.mscpathway.platform.accounts;

import java.util.EnumSet;
import java.util.List;
import org.mscpathway.platform.security.Accounts;
import org.mscpathway.platform.security.TeamSettings;
import org.mscpathway.workflow.pathway.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a new installation outside the embedded default: with
 * {@code MSC_BOOTSTRAP_ADMIN_USERNAME} and {@code MSC_BOOTSTRAP_ADMIN_PASSWORD} set, the account is created when no
 * enabled administrator exists yet, and never touched again (rotate the password through the API and remove the
 * variables).
 */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;
    private final String defaultTeam;

    BootstrapAdmin(Accounts accounts, PasswordEncoder passwords, TeamSettings teams,
                   @Value("${msc.bootstrap-admin.username:}") String username,
                   @Value("${msc.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.username = username;
        this.password = password;
        this.defaultTeam = teams.defaultTeam();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (username.isBlank() || password.isBlank() || accounts.anyAdmin()) {
            return;
        }
        if (password.length() < AccountRequest.MIN_PASSWORD) {
            throw new IllegalStateException("msc.bootstrap-admin.password must be at least "
                    + AccountRequest.MIN_PASSWORD + " characters");
        }
        accounts.save(username, passwords.encode(password), EnumSet.of(Role.ADMIN),
                List.of(defaultTeam), true, null);
        log.info("Created the first administrator '{}' (msc.bootstrap-admin); manage accounts at /api/v1/users",
                username);
    }
}
