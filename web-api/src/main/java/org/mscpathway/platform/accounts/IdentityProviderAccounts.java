package org.mscpathway.platform.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.Accounts;
import org.mscpathway.platform.security.AccountSessions;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.security.ExternalAccounts;
import org.mscpathway.platform.security.ExternalIdentity;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.platform.security.SignInRefusal;
import org.mscpathway.platform.security.SignInRefusedException;
import org.mscpathway.platform.security.TeamSettings;
import org.springframework.stereotype.Component;

/**
 * The platform account of a person who signs in at the identity provider: created at their first sign-in and
 * brought up to date at every later one (roles, care teams, email), so the four-eyes rules, notifications and the audit trail
 * know them like a local user. The provider decides who the person is and what they do; the administrators still
 * decide whether the account may sign in at all.
 */
@Component
class IdentityProviderAccounts implements ExternalAccounts {

    private static final int MAX_PROVIDER_IN_ACTION = 40;

    private final Accounts accounts;
    private final AuditedCommands commands;
    private final AccountSessions sessions;
    private final String defaultTeam;

    IdentityProviderAccounts(Accounts accounts, AuditedCommands commands, AccountSessions sessions,
                             TeamSettings teams) {
        this.accounts = accounts;
        this.commands = commands;
        this.sessions = sessions;
        this.defaultTeam = teams.defaultTeam();
    }

    @Override
    public void provision(ExternalIdentity person) {
        Optional<Accounts.Account> existing = accounts.find(person.username());
        if (existing.isPresent() && existing.get().identityProvider() == null) {
            throw new SignInRefusedException(SignInRefusal.LOCAL_ACCOUNT,
                    "a local account with a password already has this name");
        }
        if (existing.isPresent() && !existing.get().enabled()) {
            throw new SignInRefusedException(SignInRefusal.ACCOUNT_DISABLED, "the account is disabled");
        }
        if (existing.isEmpty() && person.roles().isEmpty()) {
            throw new SignInRefusedException(SignInRefusal.NO_ROLE,
                    "the identity provider grants no role in this platform");
        }
        Set<Role> before = existing.map(Accounts.Account::roles).orElse(Set.of());
        String provider = person.provider().length() > MAX_PROVIDER_IN_ACTION
                ? person.provider().substring(0, MAX_PROVIDER_IN_ACTION) : person.provider();
        List<String> teamsBefore = existing.map(Accounts.Account::teams).orElse(List.of());
        // a provider that names no team keeps the account where it is; a new account joins the default team
        List<String> teams = !person.teams().isEmpty() ? person.teams().stream().sorted().toList()
                : !teamsBefore.isEmpty() ? teamsBefore : List.of(defaultTeam);
        String action = "SIGN_IN via " + provider + ": account "
                + (existing.isEmpty() ? "created, roles " + sorted(person.roles()) + ", teams " + teams
                        : "updated, roles " + sorted(before) + " -> " + sorted(person.roles())
                                + ", teams " + teamsBefore + " -> " + teams);
        commands.run(new Actor(person.username(), person.roles()), action, null,
                () -> accounts.saveExternal(person.username(), person.provider(), person.roles(), teams,
                        person.email()));
        if (existing.isPresent() && !before.equals(person.roles())) {
            // sessions opened under the old roles end now; the session this sign-in opens is not made yet
            sessions.endAll(person.username());
        }
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
