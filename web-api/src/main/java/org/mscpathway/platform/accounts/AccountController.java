package org.mscpathway.platform.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.security.AccountSessions;
import org.mscpathway.platform.security.Accounts;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.platform.security.TeamSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators manage the platform's accounts: {@code GET /api/v1/users}, {@code PUT /api/v1/users/{username}}
 * (create or update: password, roles, care teams, enabled, email). Every call is audited like any state change.
 */
@RestController
@RequestMapping("/api/v1/users")
class AccountController {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AccountSessions sessions;
    private final AuditedCommands commands;
    private final String defaultTeam;

    AccountController(Accounts accounts, PasswordEncoder passwords, AccountSessions sessions,
                      AuditedCommands commands, TeamSettings teams) {
        this.defaultTeam = teams.defaultTeam();
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.commands = commands;
    }

    @GetMapping
    List<Accounts.Account> all(Actor actor) {
        requireAdmin(actor);
        return accounts.all();
    }

    @PutMapping("/{username}")
    ResponseEntity<Accounts.Account> save(@PathVariable String username, @RequestBody JsonNode body, Actor actor) {
        requireAdmin(actor);
        Optional<Accounts.Account> existing = accounts.find(username);
        boolean exists = existing.isPresent();
        AccountRequest request = AccountRequest.read(username, body, exists);
        String provider = existing.map(Accounts.Account::identityProvider).orElse(null);
        if (provider != null && request.password() != null) {
            throw new InvalidAccountException(List.of(new org.mscpathway.platform.problem.FieldProblem("password",
                    "this account signs in at the identity provider '" + provider + "' and has no local password")));
        }
        if (username.equals(actor.username()) && (!request.enabled() || !request.roles().contains(Role.ADMIN))) {
            // an administrator cannot lock the platform out of administration by accident
            throw new InvalidAccountException(List.of(new org.mscpathway.platform.problem.FieldProblem("roles",
                    "you cannot remove your own ADMIN role or disable your own account")));
        }
        Set<Role> before = accounts.roles(username);
        if (username.equals(actor.username()) && grantsClinicalRole(before, request.roles())) {
            throw new SelfGrantRefusedException();
        }
        boolean wasEnabled = existing.map(Accounts.Account::enabled).orElse(false);
        List<String> teamsBefore = existing.map(Accounts.Account::teams).orElse(List.of());
        List<String> teams = request.teams() != null ? request.teams()
                : exists ? teamsBefore : List.of(defaultTeam);
        AccountRequest.requireTeamForClinicalRoles(request.roles(), teams);
        String hash = request.password() == null ? null : passwords.encode(request.password());
        // the change and its entry (old and new roles, teams and state) are committed together
        commands.run(actor, "ACCOUNT " + username + " roles " + sorted(before) + " -> " + sorted(request.roles())
                        + ", teams " + teamsBefore + " -> " + teams
                        + ", enabled " + (exists ? wasEnabled : "(new)") + " -> " + request.enabled()
                        + (request.password() != null ? ", password set" : ""), null,
                () -> accounts.save(username, hash, request.roles(), teams, request.enabled(), request.email()));
        if (exists && (!request.enabled() || !before.equals(request.roles()) || request.password() != null)) {
            // what a signed-in session was granted no longer holds: it ends now, not at its timeout
            sessions.endAll(username);
        }
        Accounts.Account saved = new Accounts.Account(username, request.roles(), teams, request.enabled(),
                request.email(), provider);
        return exists ? ResponseEntity.ok(saved)
                : ResponseEntity.created(java.net.URI.create("/api/v1/users/" + username)).body(saved);
    }

    /** A clinical role an account does not hold yet: what an administrator may not give itself. */
    private static boolean grantsClinicalRole(Set<Role> current, Set<Role> requested) {
        return requested.stream().anyMatch(role -> role != Role.ADMIN && !current.contains(role));
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("account administration is for administrators");
        }
    }
}
