package org.mscpathway.notification.email;

import org.mscpathway.notification.event.CaseEvent;
import org.mscpathway.notification.routing.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Queues the email of a case event for a recipient in {@code msc.email_outbox}; called in the transaction that stores
 * the in-app notification, so both exist or neither, in the recipient's language. The scheduled sender delivers it.
 */
public class EmailOutbox {

    private final JdbcClient jdbc;
    private final EmailTemplates templates;

    EmailOutbox(JdbcClient jdbc, EmailTemplates templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    /** @return {@code true} if an email was queued: not for a recipient without an address, nor a second time */
    public boolean enqueue(CaseEvent event, Recipient recipient) {
        if (recipient.email() == null) {
            return false;
        }
        CaseEmail email = templates.render(event, recipient.language());
        return jdbc.sql("""
                        INSERT INTO msc.email_outbox (event_id, recipient, address, subject, body)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT ON CONSTRAINT email_once_per_event_and_recipient DO NOTHING""")
                .params(event.eventId(), recipient.username(), recipient.email(), email.subject(), email.body())
                .update() == 1;
    }
}
