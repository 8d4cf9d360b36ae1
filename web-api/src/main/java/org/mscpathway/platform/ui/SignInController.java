package org.mscpathway.platform.ui;

import java.util.ArrayList;
import java.util.List;
import org.mscpathway.platform.security.SignInRefusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The platform's sign-in page (Spring Security processes the form's POST). Beside the form it offers "Sign in with
 * ..." for each configured identity provider, and says why a sign-in there was refused. In the embedded default it
 * names the demo accounts, so that a first-time visitor can sign in; elsewhere it names none.
 */
@Controller
class SignInController {

    private final boolean demoAccounts;
    private final String usernameClaim;
    private final List<IdentityProvider> identityProviders;

    SignInController(@Value("${msc.security.demo-accounts.enabled:false}") boolean demoAccounts,
                     @Value("${msc.security.jwt.username-claim}") String usernameClaim,
                     ObjectProvider<ClientRegistrationRepository> registrations) {
        this.demoAccounts = demoAccounts;
        this.usernameClaim = usernameClaim;
        this.identityProviders = identityProviders(registrations.getIfAvailable());
    }

    /**
     * @param wait    minutes to wait after too many failed sign-ins (set by the sign-in throttle's redirect)
     * @param refused why a sign-in at the identity provider was refused ({@link SignInRefusal#code()}, or
     *                {@code provider} when the provider's side failed)
     */
    @GetMapping("/login")
    String signIn(@RequestParam(name = "wait", required = false) String wait,
                  @RequestParam(name = "refused", required = false) String refused, Model model) {
        model.addAttribute("demoAccounts", demoAccounts);
        model.addAttribute("waitMinutes", wait != null && wait.matches("[0-9]{1,3}") ? Integer.valueOf(wait) : null);
        model.addAttribute("identityProviders", identityProviders);
        model.addAttribute("refused", refused == null ? null
                : SignInRefusal.ofCode(refused).map(SignInRefusal::code).orElse("provider"));
        model.addAttribute("usernameClaim", usernameClaim);
        return "signin";
    }

    private static List<IdentityProvider> identityProviders(ClientRegistrationRepository registrations) {
        List<IdentityProvider> providers = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                providers.add(new IdentityProvider("/oauth2/authorization/" + registration.getRegistrationId(),
                        registration.getClientName()));
            }
        }
        return List.copyOf(providers);
    }

    /** A "Sign in with ..." link: where it starts the sign-in, and the provider's name as configured. */
    record IdentityProvider(String path, String name) {
    }
}
