package org.mscpathway.platform.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** After sign-in, everyone lands on the board. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/board";
    }
}
