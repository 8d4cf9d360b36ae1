package org.mscpathway.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/** Which SMTP failures mean an email can never be sent (give it up) and which may pass (try again later). */
class PermanentFailureTest {

    @Test
    void malformedAddressIsPermanent() {
        assertThat(PermanentFailure.in(new MailParseException(new AddressException("Illegal address")))).isTrue();
    }

    @Test
    void recipientRejectedBySmtpIsPermanent() throws AddressException {
        SendFailedException rejected = new SendFailedException("550 5.1.1 user unknown", null, new Address[0],
                new Address[0], new Address[] {new InternetAddress("gone@clinic.test")});

        assertThat(PermanentFailure.in(new MailSendException(Map.of(new Object(), rejected)))).isTrue();
    }

    @Test
    void recipientTemporarilyRefusedIsNotPermanent() throws AddressException {
        SendFailedException deferred = new SendFailedException("451 4.3.0 try later", null, new Address[0],
                new Address[] {new InternetAddress("busy@clinic.test")}, new Address[0]);

        assertThat(PermanentFailure.in(new MailSendException(Map.of(new Object(), deferred)))).isFalse();
    }

    @Test
    void smtpUnreachableOrRefusingUsIsNotPermanent() {
        assertThat(PermanentFailure.in(new MailSendException("Mail server connection failed",
                new MessagingException("Could not connect", new ConnectException("refused"))))).isFalse();
        assertThat(PermanentFailure.in(new MailAuthenticationException("535 bad credentials"))).isFalse();
    }
}
