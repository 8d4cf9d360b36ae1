package org.mscpathway.platform.security;

import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * A browser refused by the security filters (a page not for the account's role, a form posted without its CSRF
 * token) gets the platform's own page, in the user's language and with the header, instead of the servlet
 * container's error page: the request is forwarded, with status 403, to {@value #PATH}, which the UI renders.
 */
public final class ForbiddenPage {

    public static final String PATH = "/forbidden";

    private ForbiddenPage() {
    }

    static AccessDeniedHandler handler() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(PATH);
        return handler;
    }
}
