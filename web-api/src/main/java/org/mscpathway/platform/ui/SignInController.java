package org.mscpathway.platform.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute("demoAccounts", demoAccounts);
        return "signin";
    }
}
