package org.mscpathway.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded PostgreSQL's data directory must be its own: a {@code postmaster.pid} naming a live process means
 * another PostgreSQL (another platform instance, say) is running on it, and starting on top of it would share or
 * damage that instance's data. A stale file left by a crash names a dead process and is left to PostgreSQL.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    static void requireOwn(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
            if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                throw new EmbeddedDefaultRefusedException("the data directory " + directory + " is in use by"
                        + " another PostgreSQL (process " + pid + "). Stop that instance, or choose another"
                        + " directory (msc.embedded.data-dir).");
            }
        } catch (NumberFormatException unreadable) {
            throw new EmbeddedDefaultRefusedException("the data directory " + directory + " holds a postmaster.pid"
                    + " that is not PostgreSQL's; it is not this platform's directory (msc.embedded.data-dir).");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + pidFile, e);
        }
    }
}
