package org.mscpathway.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.mscpathway.platform.security.ForbiddenPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page of a refusal (403) by the security filters, forwarded here by {@link ForbiddenPage} whatever the method of
 * the refused request. A form whose CSRF token no longer matches (the session it came from has ended) is told apart
 * from a page not for the account's role: the person only has to open the page again.
 */
@Controller
class ForbiddenController {

    @RequestMapping(ForbiddenPage.PATH)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(HttpServletRequest request, Model model) {
        model.addAttribute("staleForm", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        return "error/403";
    }
}
