package org.mscpathway.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal as Spring Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
class DemoAccountsRefusedAnalyzer extends AbstractFailureAnalyzer<DemoAccountsRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoAccountsRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start without demo accounts, or run the embedded default (no external database, no profile).",
                cause);
    }
}
