package org.mscpathway.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps to this machine and to its own data (issue 12.4): it refuses to start on a taken port
 * or on a data directory another PostgreSQL is running on, before it starts anything.
 */
class EmbeddedRefusalTest {

    @TempDir
    Path dataDir;

    @Test
    void refusesToStartWhenItsDatabasePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPorts.LOOPBACK));
             LocalServices services = new LocalServices()) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> services.start(new EmbeddedProperties(true, dataDir, port, 0, 0)))
                    .isInstanceOf(EmbeddedDefaultRefusedException.class)
                    .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("already in use");
        }
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    @Test
    void refusesToStartOnADataDirectoryAnotherPostgresqlIsRunningOn() throws Exception {
        Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(dataDir.resolve("postgres/postmaster.pid"), ProcessHandle.current().pid() + "\n");

        try (LocalServices services = new LocalServices()) {
            assertThatThrownBy(() -> services.start(new EmbeddedProperties(true, dataDir, 0, 0, 0)))
                    .isInstanceOf(EmbeddedDefaultRefusedException.class)
                    .hasMessageContaining("in use by another PostgreSQL");
        }
    }
}
