package org.mscpathway.notification.intake;

import java.util.Collection;
import org.mscpathway.notification.email.EmailOutbox;
import org.mscpathway.notification.event.CaseEvent;
import org.mscpathway.notification.inbox.Inbox;
import org.mscpathway.notification.routing.Recipient;
import org.mscpathway.notification.routing.Routing;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Tells the routed recipients of one event, in one transaction: the in-app notification and the queued email of a
 * recipient are stored together, and only the first time (the database's unique constraint decides), so an event
 * delivered twice tells nobody twice.
 */
record CaseEventNotifier(Routing routing, Inbox inbox, EmailOutbox emails, TransactionOperations transactions) {

    /** @return how many recipients were told now (0 for a redelivered event) */
    int notify(CaseEvent event) {
        Collection<Recipient> recipients = routing.recipientsOf(event);
        if (recipients.isEmpty()) {
            return 0;
        }
        return transactions.execute(status -> {
            int told = 0;
            for (Recipient recipient : recipients) {
                if (inbox.deliver(event, recipient)) {
                    emails.enqueue(event, recipient);
                    told++;
                }
            }
            return told;
        });
    }
}
