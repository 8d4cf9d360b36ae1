package org.mscpathway.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** The real SMTP server of the test JVM (GreenMail) on a fixed port, so a test can take it down and bring it back. */
final class Smtp {

    static final String HOST = "127.0.0.1";
    static final int PORT = freePort();
    private static GreenMail server;

    private Smtp() {
    }

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Takes SMTP down: connections are refused until {@link #start()}; what it had received is gone. */
    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A received email, reduced to what the tests look at. */
    record Email(List<String> to, String subject, String body) {
    }

    static synchronized List<Email> received() {
        return server == null ? List.of() : Arrays.stream(server.getReceivedMessages()).map(Smtp::email).toList();
    }

    private static Email email(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .toList();
            return new Email(to, message.getSubject(), GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
