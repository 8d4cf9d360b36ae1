package org.mscpathway.workflow.outbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the relay of this JVM when a transaction that wrote outbox rows commits, so that it publishes them at once
 * instead of at its next poll (which added half the poll interval on average to every notification). An instance
 * without the relay has no one listening here: its events wait for the relaying instance's poll.
 */
@Component
class RelayWakeUp {

    private static final Runnable NO_RELAY = () -> {
    };

    private volatile Runnable relay = NO_RELAY;

    /** One instance: a transaction holds its synchronizations as a set, so many rows wake the relay once. */
    private final TransactionSynchronization wakeOnCommit = new TransactionSynchronization() {
        @Override
        public void afterCommit() {
            relay.run();
        }
    };

    /** The relay scheduler, while it runs. */
    void listen(Runnable wake) {
        relay = wake;
    }

    void stopListening() {
        relay = NO_RELAY;
    }

    /** Call within the transaction that wrote outbox rows; the relay is woken once it has committed. */
    void afterCommit() {
        if (relay != NO_RELAY && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(wakeOnCommit);
        }
    }
}
