package org.mscpathway.platform.ui;

import org.mscpathway.platform.security.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** After sign-in, the clinical roles land on the board; an administrator alone, on the rulesets. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Actor actor) {
        return actor.mayReadPatientData() ? "redirect:/board" : "redirect:/rulesets";
    }
}
