package org.mscpathway.testsupport;

import org.testcontainers.DockerClientFactory;

/** Asks once per JVM whether a Docker engine answers; without one the answer comes back in well under a second. */
final class DockerProbe {

    private static volatile Boolean available;

    private DockerProbe() {
    }

    static boolean dockerAvailable() {
        Boolean answer = available;
        if (answer == null) {
            synchronized (DockerProbe.class) {
                if (available == null) {
                    available = !Boolean.getBoolean("msc.test.no-docker") && probe();
                }
                answer = available;
            }
        }
        return answer;
    }

    private static boolean probe() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
