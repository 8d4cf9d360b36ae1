package org.mscpathway.platform.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The platform's sign-in page (Spring Security processes the form's POST). In the embedded default it names the
 * demo accounts, so that a first-time visitor can sign in; elsewhere it names none.
 */
@Controller
class SignInController {

    private final boolean demoAccounts;

    SignInController(@Value("${msc.security.demo-accounts.enabled:false}") boolean demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    /** @param wait minutes to wait after too many failed sign-ins (set by the sign-in throttle's redirect) */
    @GetMapping("/login")
    String signIn(@RequestParam(name = "wait", required = false) String wait, Model model) {
        model.addAttribute("demoAccounts", demoAccounts);
        model.addAttribute("waitMinutes", wait != null && wait.matches("[0-9]{1,3}") ? Integer.valueOf(wait) : null);
        return "signin";
    }
}
