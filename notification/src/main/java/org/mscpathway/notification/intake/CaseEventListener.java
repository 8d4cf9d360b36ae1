package org.mscpathway.notification.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mscpathway.notification.event.CaseEvent;
import org.mscpathway.notification.event.CaseEventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;

/**
 * Reads each case event from its String value (so that a message that is not a case event can be dead-lettered
 * rather than stop the partition) and has its recipients told. Logs ids only, never the message.
 */
record CaseEventListener(CaseEventNotifier notifier) implements MessageListener<String, String> {

    private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

    @Override
    public void onMessage(ConsumerRecord<String, String> record) {
        CaseEvent event = CaseEventJson.parse(record.value());
        int told = notifier.notify(event);
        log.debug("{} {} of case {}: {} recipient(s) told", event.type(), event.eventId(), event.caseId(), told);
    }
}
