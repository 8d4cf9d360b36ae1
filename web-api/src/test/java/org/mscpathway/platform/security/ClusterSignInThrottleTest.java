package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of a cluster throttle as one: failures counted on one make the account wait on the other, and a
 * successful sign-in on one clears it on the other. Both instances share the platform's real database.
 */
@PlatformTest
class ClusterSignInThrottleTest {

    @Autowired
    PlatformSecurityProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    private final MovableClock clock = new MovableClock(Instant.now());
    private SignInThrottle first;
    private SignInThrottle second;

    @BeforeEach
    void twoInstancesOfOneCluster() {
        first = instance();
        second = instance();
    }

    @Test
    void failuresOnOneInstanceMakeTheAccountWaitOnAnother() {
        String username = "dr-spread-" + UUID.randomUUID();

        failEnoughToWait(first, username, "10.71.0.");

        assertThat(second.wait(username, "10.71.1.1")).hasValueSatisfying(wait -> assertThat(wait)
                .isPositive().isLessThanOrEqualTo(properties.signIn().window().plusSeconds(1)));
    }

    @Test
    void aSuccessfulSignInOnOneInstanceClearsTheAccountOnAnother() {
        String username = "dr-cleared-" + UUID.randomUUID();
        failEnoughToWait(second, username, "10.72.0.");
        assertThat(first.wait(username, "10.72.1.1")).isPresent();

        first.succeeded(username);
        waitForTheShare();

        assertThat(second.wait(username, "10.72.1.1")).isEmpty();
    }

    @Test
    void theDatabaseKeepsNoAttemptedUserNameInClear() {
        String typedByMistake = "my-secret-password-" + UUID.randomUUID();
        instance().failed(typedByMistake, "10.73.0.1");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM msc.sign_in_failure WHERE throttle_key LIKE ?",
                Integer.class, "%" + typedByMistake.substring(0, 10) + "%")).isZero();
    }

    /** As many failed sign-ins on one instance as make the account wait, each from another address, then shared. */
    private void failEnoughToWait(SignInThrottle instance, String username, String addressPrefix) {
        for (int i = 0; i < properties.signIn().maxFailuresPerAccount(); i++) {
            instance.failed(username, addressPrefix + i);
        }
        waitForTheShare();
    }

    /** Long enough for every instance to have shared what it saw with the others. */
    private void waitForTheShare() {
        clock.advance(SignInThrottle.SHARE_INTERVAL.plusMillis(1));
    }

    private SignInThrottle instance() {
        return new SignInThrottle(properties, clock, new SharedSignInFailures(jdbc));
    }
}
