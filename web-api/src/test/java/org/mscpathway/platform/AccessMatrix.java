package org.mscpathway.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rows of an access-matrix test: each endpoint asked by each caller, a demo account per role and nobody, with
 * the status the endpoint's table expects of that caller.
 */
public final class AccessMatrix {

    public static final String ANONYMOUS = "anonymous";

    /** Who asks: a demo account per role, and nobody. */
    public static final List<String> CALLERS = List.of("coordinator", "physician", "admin", ANONYMOUS);

    private AccessMatrix() {
    }

    /** Arguments (endpoint, caller, expected status), endpoint by endpoint, in the order of {@link #CALLERS}. */
    public static <E> Stream<Arguments> rows(List<E> endpoints, Function<E, Map<String, Integer>> expected) {
        return endpoints.stream().flatMap(endpoint -> CALLERS.stream()
                .map(caller -> Arguments.of(endpoint, caller, expected.apply(endpoint).get(caller))));
    }
}
