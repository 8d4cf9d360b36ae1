package org.mscpathway.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.function.Supplier;
import org.mscpathway.platform.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs a command that changes a case and records its success in the audit trail in the same transaction, so that
 * no change is ever committed without the entry saying who made it: if the entry cannot be written, the change is
 * rolled back as well. A command that fails rolls back and records nothing here; the caller records the failed
 * attempt on its own.
 */
@Component
public class AuditedCommands {

    /** Set on an API request whose success is already in the trail, so {@link ApiCallRecorder} does not repeat it. */
    static final String RECORDED = AuditedCommands.class.getName() + ".recorded";

    private final TransactionOperations transactions;
    private final AuditTrail trail;

    AuditedCommands(TransactionOperations transactions, AuditTrail trail) {
        this.transactions = transactions;
        this.trail = trail;
    }

    /**
     * @param action the audited action, e.g. {@code UI POST /cases/{id}/withdraw}
     * @param caseId the case concerned; {@code null} when the command opens a case and returns its id
     */
    public <T> T run(Actor actor, String action, UUID caseId, Supplier<T> command) {
        return transactions.execute(status -> {
            T result = command.get();
            trail.record(actor, action, caseId != null ? caseId : result instanceof UUID opened ? opened : null,
                    AuditOutcome.OK);
            return result;
        });
    }

    /** Same for an API call, named as the request names it. */
    public <T> T run(HttpServletRequest request, Actor actor, Supplier<T> command) {
        AuditedRequest attempt = AuditedRequest.of(request);
        T result = run(actor, attempt.action(), attempt.caseId(), command);
        request.setAttribute(RECORDED, Boolean.TRUE);
        return result;
    }

    public void run(Actor actor, String action, UUID caseId, Runnable command) {
        run(actor, action, caseId, () -> {
            command.run();
            return null;
        });
    }

    public void run(HttpServletRequest request, Actor actor, Runnable command) {
        run(request, actor, () -> {
            command.run();
            return null;
        });
    }
}
