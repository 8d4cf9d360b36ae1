package org.mscpathway.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports on 127.0.0.1, chosen before a service starts so that clients can be pointed at it already. */
final class LoopbackPorts {

    static final String LOOPBACK = "127.0.0.1";

    private LoopbackPorts() {
    }

    /**
     * Refuses to go on when {@code port} is already taken on the loopback address: a service started there would
     * fail, or worse, the platform would attach to whatever answers there (another instance's database).
     */
    static void requireFree(int port, String service) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new EmbeddedDefaultRefusedException("port " + LOOPBACK + ":" + port + " for the embedded " + service
                    + " is already in use (another MSC Pathway, or another program). Stop it, or choose another port"
                    + " (msc.embedded." + (service.startsWith("PostgreSQL") ? "postgres-port" : "kafka-port") + ").");
        }
    }

    /** The configured port, or for 0 one that is free now. */
    static int chosen(int configured) {
        if (configured != 0) {
            return configured;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
