package org.mscpathway.platform.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the embedded default's demo accounts before the web server accepts requests, and says so in the log.
 * {@link DemoAccountsGuard} has already refused to start if a profile other than {@code embedded} is active or an
 * external database is configured.
 */
@Component
@ConditionalOnProperty(name = "msc.security.demo-accounts.enabled", havingValue = "true")
class DemoAccounts implements SmartInitializingSingleton {

    static final String DEFAULT_PASSWORD = "demo";
    static final Map<String, Role> ACCOUNTS = accounts();

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final PlatformUsers users;
    private final PasswordEncoder passwords;
    private final String password;
    private final CareTeams teams;

    DemoAccounts(PlatformUsers users, PasswordEncoder passwords, PlatformSecurityProperties properties,
                 TeamSettings teamSettings) {
        this.users = users;
        this.passwords = passwords;
        this.teams = teamSettings.defaultTeams();
        this.password = properties.demoAccounts().password();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("msc.security.demo-accounts.password must not be empty");
        }
    }

    private static Map<String, Role> accounts() {
        Map<String, Role> accounts = new LinkedHashMap<>();
        accounts.put("coordinator", Role.COORDINATOR);
        accounts.put("physician", Role.PHYSICIAN);
        accounts.put("physician2", Role.PHYSICIAN);
        accounts.put("admin", Role.ADMIN);
        return Collections.unmodifiableMap(accounts);
    }

    @Override
    public void afterSingletonsInstantiated() {
        String checked = null;
        for (Map.Entry<String, Role> account : ACCOUNTS.entrySet()) {
            checked = seed(account.getKey(), account.getValue(), checked);
        }
        String names = ACCOUNTS.entrySet().stream()
                .map(account -> account.getKey() + " (" + account.getValue() + ")")
                .collect(Collectors.joining(", "));
        log.info("Demo accounts are enabled: {}. Password: {}. Demo accounts exist only in the embedded default.",
                names, DEFAULT_PASSWORD.equals(password)
                        ? "'" + DEFAULT_PASSWORD + "' (change it with msc.security.demo-accounts.password)"
                        : "the one set in msc.security.demo-accounts.password");
    }

    /**
     * Every demo account works in the default team. Hashing is slow by design, so an account already holding this
     * password, role and team is left alone; and as the four share one published password, they share one hash: a
     * start checks it once, not once per account (about 0.4 s of a start's CPU on two cores).
     *
     * @param checked a hash of this password already checked or made during this start, or null
     * @return the account's hash, known now to hold this password
     */
    private String seed(String username, Role role, String checked) {
        String hash = users.passwordHash(username);
        // Once one hash is checked, any other (another password, or this one with another salt) is replaced by it.
        boolean current = hash != null && (checked == null ? passwords.matches(password, hash) : hash.equals(checked));
        if (current && users.roles(username).equals(Set.of(role))
                && users.teams(username).equals(Optional.of(teams))) {
            return hash;
        }
        String shared = checked != null ? checked : current ? hash : passwords.encode(password);
        users.save(username, shared, Set.of(role), teams);
        return shared;
    }
}
