package org.mscpathway.platform.problem;

/**
 * An unexpected exception as it may be logged: its class names and stack frames, without any message. A message
 * can quote whatever the failing code held — a patient's MRN or birth date, an SQL value — and logs must never
 * carry patient data; the class and the frames are what an operator needs to find the fault.
 */
public final class ScrubbedFailure extends RuntimeException {

    private static final int MAX_CAUSES = 10;

    private ScrubbedFailure(Throwable original, int depth) {
        super(original.getClass().getName() + " (message withheld: it may hold patient data)",
                original.getCause() == null || depth >= MAX_CAUSES ? null
                        : new ScrubbedFailure(original.getCause(), depth + 1),
                false, true);
        setStackTrace(original.getStackTrace());
    }

    public static ScrubbedFailure of(Throwable original) {
        return new ScrubbedFailure(original, 0);
    }
}
