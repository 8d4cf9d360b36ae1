package org.mscpathway.platform.ui;

import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * After sign-in, each lands where their work is: a physician (who does not also coordinate) on their review queue,
 * a coordinator on the board, an administrator alone on the rulesets.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Actor actor) {
        if (actor.has(Role.PHYSICIAN) && !actor.has(Role.COORDINATOR)) {
            return "redirect:/physician";
        }
        return actor.mayReadPatientData() ? "redirect:/board" : "redirect:/rulesets";
    }
}
