package org.mscpathway.platform.ui;

import org.mscpathway.workflow.pathway.CaseNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page for a case that does not exist or a refusal, instead of the API's problem document. */
@ControllerAdvice(basePackages = "org.mscpathway.platform.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiErrors {

    @ExceptionHandler(CaseNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String caseNotFound() {
        return "error/case-not-found";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
