package org.mscpathway.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address over a sliding window; once either reaches its limit,
 * further attempts (even with the right password) are refused until enough failures have aged out. An unknown
 * account is counted exactly like a known one, so the answers never tell which accounts exist. The counts are kept
 * in this instance's memory: each instance of a cluster throttles on its own.
 */
@Component
class SignInThrottle {

    /** Past this many accounts and addresses, the ones with no recent failure are forgotten. */
    private static final int MAX_KEYS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final PlatformSecurityProperties.SignIn settings;
    private final Clock clock;

    SignInThrottle(PlatformSecurityProperties properties, Clock clock) {
        this.settings = properties.signIn();
        this.clock = clock;
    }

    /** How long the caller must wait before trying this account from this address again; empty if it may try. */
    Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(accountKey(username), settings.maxFailuresPerAccount(), now);
        Duration client = wait(addressKey(address), settings.maxFailuresPerAddress(), now);
        Duration longest = account.compareTo(client) >= 0 ? account : client;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            forgetOld();
        }
        add(accountKey(username), now);
        add(addressKey(address), now);
    }

    /** A successful sign-in clears the account's failures (not the address's: others may be guessing from it). */
    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    /** Forgets keys whose failures have all aged out, so guessed names do not pile up in memory. */
    private void forgetOld() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                prune(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private Duration wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Duration.ZERO;
            }
            // the attempt is allowed again once the failures in the window drop below the limit
            Instant freed = times.stream().skip(times.size() - max).findFirst().orElseThrow()
                    .plus(settings.window());
            return Duration.between(now, freed).plusSeconds(1);
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            // more than the largest limit is never needed to decide
            while (times.size() > Math.max(settings.maxFailuresPerAccount(), settings.maxFailuresPerAddress())) {
                times.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(settings.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
