package org.mscpathway.platform.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.mscpathway.platform.language.Language;
import org.mscpathway.platform.security.Accounts;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spring MVC's locale for a request: on the pages, the language the signed-in user saved (the header's selector)
 * and otherwise the browser's {@code Accept-Language}; on the API ({@code /api/...}) only {@code Accept-Language},
 * so that a client gets what it asks for whichever account it uses. Read once per request.
 */
@Component("localeResolver")
record PreferredLanguage(Accounts accounts) implements LocaleResolver {

    private static final String RESOLVED = PreferredLanguage.class.getName() + ".resolved";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
            return resolved;
        }
        Locale locale = language(request).locale();
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    private Language language(HttpServletRequest request) {
        Language browser = Language.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return browser;
        }
        return CurrentActor.withoutTeams().map(Actor::username).flatMap(accounts::language)
                .flatMap(Language::ofTag).orElse(browser);
    }

    /** The choice is saved on the account ({@link LanguageController}), never set here. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language is chosen on the account or by the browser");
    }
}
