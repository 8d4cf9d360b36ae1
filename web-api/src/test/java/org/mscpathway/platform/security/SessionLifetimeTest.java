package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A busy session still ends at its absolute lifetime; the idle timeout is Spring Session's own. */
class SessionLifetimeTest {

    private static final Duration LIFETIME = Duration.ofHours(12);

    @Test
    void sessionOlderThanItsLifetimeIsEndedBeforeTheRequestGoesOn() throws Exception {
        assertThat(sessionAfterARequestAtTheAge(LIFETIME.plusSeconds(1)).isInvalid()).isTrue();
    }

    @Test
    void sessionWithinItsLifetimeIsKept() throws Exception {
        assertThat(sessionAfterARequestAtTheAge(LIFETIME.minusSeconds(1)).isInvalid()).isFalse();
    }

    /** A new session, and a request in it when it is {@code age} old. */
    private static MockHttpSession sessionAfterARequestAtTheAge(Duration age) throws Exception {
        MockHttpSession session = new MockHttpSession();
        run(session, Instant.ofEpochMilli(session.getCreationTime()).plus(age));
        return session;
    }

    private static void run(MockHttpSession session, Instant now) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        new SessionLifetime(LIFETIME, Clock.fixed(now, ZoneOffset.UTC)).doFilter(request,
                new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
