package org.mscpathway.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo accounts as the tests act for them, all in the default care team {@code main}: signed in on a page
 * request, or as the actor the pathway service is called for.
 */
public final class DemoStaff {

    public static final CareTeams MAIN = CareTeams.of("main");

    /** The demo coordinator, signed in. */
    public static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");
    /** The demo physician, signed in. */
    public static final RequestPostProcessor PHYSICIAN = user("physician").roles("PHYSICIAN");
    /** The demo administrator, signed in. */
    public static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    /** The demo coordinator opening and filling cases through the pathway service, below the pages. */
    public static final CaseActor OPENER = new CaseActor("coordinator", Role.COORDINATOR, MAIN);

    private DemoStaff() {
    }
}
