package org.mscpathway.notification.inbox;

import org.mscpathway.notification.event.CaseEvent;
import org.mscpathway.notification.routing.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores in-app notifications, at most one per event and recipient. */
public class Inbox {

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return {@code true} if the recipient had not yet been told of this event */
    public boolean deliver(CaseEvent event, Recipient recipient) {
        return jdbc.sql("""
                        INSERT INTO msc.notification (event_id, recipient, type, case_id, step, outcome)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT ON CONSTRAINT notification_once_per_event_and_recipient DO NOTHING""")
                .params(event.eventId(), recipient.username(), event.type(), event.caseId(), event.step(),
                        event.outcome())
                .update() == 1;
    }
}
