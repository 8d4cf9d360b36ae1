package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two requests of one new session (the sign-in page and its favicon, say) that both save the same new attribute:
 * the second save replaces the value instead of failing on the attributes' key, which answered the page with 500.
 */
@PlatformTest
class ConcurrentSessionRequestsTest {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsSavingTheSameNewAttributeBothSucceedAndTheLaterValueStays() {
        assertThat(bothSave(sessions)).isEqualTo("from-the-favicon");
    }

    /** Each request loads the session, sets the attribute and saves, as Spring Session does at a request's end. */
    private static <S extends Session> String bothSave(SessionRepository<S> sessions) {
        S created = sessions.createSession();
        sessions.save(created);
        S page = sessions.findById(created.getId());
        S favicon = sessions.findById(created.getId());

        page.setAttribute("csrf", "from-the-page");
        favicon.setAttribute("csrf", "from-the-favicon");
        sessions.save(page);
        sessions.save(favicon);

        return sessions.findById(created.getId()).getAttribute("csrf");
    }
}
