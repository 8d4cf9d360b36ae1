package org.mscpathway.notification.testapp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.mscpathway.notification.routing.Recipient;
import org.mscpathway.notification.routing.StaffDirectory;
import org.springframework.dao.TransientDataAccessResourceException;

/** The platform's users as web-api would list them, with a switch to make the user store unreachable. */
public class InMemoryStaff implements StaffDirectory {

    public static final Recipient PHYSICIAN = new Recipient("physician", "physician@clinic.test");
    /** A physician without an email address: told in-app only. */
    public static final Recipient PHYSICIAN_2 = Recipient.inAppOnly("physician2");
    public static final Recipient COORDINATOR = new Recipient("coordinator", "coordinator@clinic.test");
    public static final Recipient COORDINATOR_2 = new Recipient("coordinator2", "coordinator2@clinic.test");
    /** The one physician of the care team {@code ward-b}; everybody else works in {@code main}. */
    public static final Recipient WARD_B_PHYSICIAN = new Recipient("physician-b", "physician-b@clinic.test");
    public static final String WARD_B = "ward-b";

    private final AtomicInteger failures = new AtomicInteger();

    /** The next {@code count} look-ups fail as if the user store were unreachable. */
    public void failNextLookups(int count) {
        failures.set(count);
    }

    @Override
    public List<Recipient> withRole(String role, String team) {
        failIfUnreachable();
        if (WARD_B.equals(team)) {
            return "PHYSICIAN".equals(role) ? List.of(WARD_B_PHYSICIAN) : List.of();
        }
        return switch (role) {
            case "PHYSICIAN" -> List.of(PHYSICIAN, PHYSICIAN_2);
            case "COORDINATOR" -> List.of(COORDINATOR, COORDINATOR_2);
            default -> List.of();
        };
    }

    @Override
    public Optional<Recipient> byUsername(String username) {
        failIfUnreachable();
        return Stream.of(PHYSICIAN, PHYSICIAN_2, COORDINATOR, COORDINATOR_2, WARD_B_PHYSICIAN)
                .filter(recipient -> recipient.username().equals(username))
                .findFirst();
    }

    @Override
    public boolean worksIn(String username, String team) {
        failIfUnreachable();
        return WARD_B.equals(team) == WARD_B_PHYSICIAN.username().equals(username);
    }

    private void failIfUnreachable() {
        if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new TransientDataAccessResourceException("user store unreachable (simulated)");
        }
    }
}
