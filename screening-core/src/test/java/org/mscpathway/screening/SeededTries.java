package org.mscpathway.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks a property over many records drawn at random from a fixed seed, so that every run checks the same records
 * and a failure can be replayed. {@code -Dmsc.test.seed=N} draws from another seed. A failure names the try, the
 * seed and the record drawn. A check may {@linkplain #discard() discard} a record that does not meet its
 * precondition; when most are discarded the property fails, since it then checks too little to mean anything.
 */
public final class SeededTries {

    public static final long DEFAULT_SEED = 20_261_125L;
    private static final int MAX_DISCARDS_PER_CHECK = 5;

    private SeededTries() {
    }

    public static long seed() {
        return Long.getLong("msc.test.seed", DEFAULT_SEED);
    }

    /** Draws {@code tries} examples with {@code draw} and runs {@code check} on each. */
    public static <T> void check(int tries, Function<Random, T> draw, Consumer<T> check) {
        long seed = seed();
        Random random = new Random(seed);
        int checked = 0;
        for (int attempt = 1; attempt <= tries; attempt++) {
            T example = draw.apply(random);
            try {
                check.accept(example);
                checked++;
            } catch (Discarded discarded) {
                // the example did not meet the check's precondition
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("try " + attempt + " of " + tries + " with seed " + seed
                        + " (replay with -Dmsc.test.seed=" + seed + ") failed on " + example + ": "
                        + failure.getMessage(), failure);
            }
        }
        int discarded = tries - checked;
        if (discarded > checked * MAX_DISCARDS_PER_CHECK) {
            throw new AssertionError("only " + checked + " of " + tries + " examples drawn with seed " + seed
                    + " met the precondition: the property checks too little");
        }
    }

    /** Leaves the current example out: it does not meet the property's precondition. */
    public static void discard() {
        throw new Discarded();
    }

    public static void assume(boolean precondition) {
        if (!precondition) {
            discard();
        }
    }

    /** One of the values, each as likely. */
    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Between {@code min} and {@code max} inclusive, the bounds drawn more often than the rest: bugs live there. */
    public static int between(Random random, int min, int max) {
        int edge = random.nextInt(20);
        return edge == 0 ? min : edge == 1 ? max : min + random.nextInt(max - min + 1);
    }

    /** Between {@code min} and {@code max} with {@code scale} decimals, the bounds drawn more often than the rest. */
    public static double between(Random random, double min, double max, int scale) {
        int edge = random.nextInt(20);
        if (edge < 2) {
            return edge == 0 ? min : max;
        }
        double factor = Math.pow(10, scale);
        return Math.min(max, Math.max(min, Math.round((min + random.nextDouble() * (max - min)) * factor) / factor));
    }

    /** Between {@code minSize} and {@code maxSize} draws. */
    public static <T> List<T> listOf(Random random, int minSize, int maxSize, Function<Random, T> draw) {
        int size = between(random, minSize, maxSize);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(draw.apply(random));
        }
        return List.copyOf(values);
    }

    private static final class Discarded extends RuntimeException {
        Discarded() {
            super("discarded", null, false, false);
        }
    }
}
