package org.mscpathway.notification.email;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Whether trying an email again cannot help: its address is malformed, or the SMTP server rejected the recipient
 * (a 5xx reply, which Jakarta Mail reports as an invalid address). Connection failures and 4xx replies are not
 * permanent: SMTP may take the email later.
 */
final class PermanentFailure {

    private static final int MAX_CAUSES = 10;

    private PermanentFailure() {
    }

    static boolean in(MailException failure) {
        if (failure instanceof MailParseException || failure instanceof MailPreparationException) {
            return true;
        }
        if (failure instanceof MailSendException send) {
            for (Exception cause : send.getFailedMessages().values()) {
                if (rejectedAddress(cause)) {
                    return true;
                }
            }
        }
        return rejectedAddress(failure.getCause());
    }

    private static boolean rejectedAddress(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.size() < MAX_CAUSES && seen.put(t, true) == null;
                t = t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof SendFailedException rejected && rejected.getInvalidAddresses() != null
                    && rejected.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }
}
