package org.mscpathway.platform.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.workflow.pathway.Role;

/**
 * One line of the audit trail: who (user and roles) did what to which case, when, and how it ended. Never holds
 * patient data: an action names an operation ({@code "POST /api/v1/cases/{id}/decision"}, {@code "PLAN_APPROVED"}),
 * not what was submitted.
 *
 * @param caseId null for actions that concern no case
 */
public record AuditEntry(long id, Instant occurredAt, String username, Set<Role> roles, String action, UUID caseId,
                         AuditOutcome outcome) {
}
