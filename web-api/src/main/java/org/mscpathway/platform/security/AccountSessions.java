package org.mscpathway.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every browser session of one user, on every instance (the sessions live in the shared database), and forgets
 * the password this instance last verified for it ({@link VerifiedCredentials}): called when an account is disabled
 * or its roles or password change, so that neither outlives what it was granted.
 */
@Component
public class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final VerifiedCredentials verifiedCredentials;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions,
            VerifiedCredentials verifiedCredentials) {
        this.sessions = sessions;
        this.verifiedCredentials = verifiedCredentials;
    }

    /** @return how many sessions were ended */
    public int endAll(String username) {
        verifiedCredentials.forget(username);
        var found = sessions.findByPrincipalName(username).keySet();
        found.forEach(sessions::deleteById);
        if (!found.isEmpty()) {
            log.info("Ended {} session(s) of a changed account", found.size());
        }
        return found.size();
    }
}
