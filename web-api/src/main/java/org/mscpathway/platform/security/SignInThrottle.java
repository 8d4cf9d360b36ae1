package org.mscpathway.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address over a sliding window; once either reaches its limit,
 * further attempts (even with the right password) are refused until enough failures have aged out. An unknown
 * account is counted exactly like a known one, so the answers never tell which accounts exist. The counts are kept in
 * memory and shared through {@link SharedSignInFailures}: every instance writes its failures there and, at most once a
 * second, reads the others', so a cluster throttles as one (a guesser gains at most a second's worth of attempts by
 * spreading them over instances). A successful sign-in clears the account on every instance the same way.
 */
@Component
class SignInThrottle {

    /** Past this many accounts and addresses, the ones with no recent failure are forgotten. */
    private static final int MAX_KEYS = 10_000;
    /** How often the other instances' failures are read, at most. */
    static final Duration SHARE_INTERVAL = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final PlatformSecurityProperties.SignIn settings;
    private final Clock clock;
    private final SharedSignInFailures shared;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Instant lastRead = Instant.MIN;
    private volatile Instant lastForgotten = Instant.MIN;
    private long lastSeen;

    SignInThrottle(PlatformSecurityProperties properties, Clock clock, SharedSignInFailures shared) {
        this.settings = properties.signIn();
        this.clock = clock;
        this.shared = shared;
    }

    /** How long the caller must wait before trying this account from this address again; empty if it may try. */
    Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        readOthers(now);
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
        String account = accountKey(username);
        String client = addressKey(address);
        add(account, now);
        add(client, now);
        share(() -> shared.failed(List.of(account, client), now));
    }

    /** A successful sign-in clears the account's failures (not the address's: others may be guessing from it). */
    void succeeded(String username) {
        String account = accountKey(username);
        // only an account with failures is cleared on the others: a signed-in user writes nothing per request
        if (failures.remove(account) != null) {
            share(() -> shared.cleared(account, clock.instant()));
        }
    }

    /** Takes in what the other instances saw since the last read, at most once per {@link #SHARE_INTERVAL}. */
    private void readOthers(Instant now) {
        if (now.isBefore(lastRead.plus(SHARE_INTERVAL)) || !reading.tryLock()) {
            return;
        }
        try {
            lastRead = now;
            for (SharedSignInFailures.Sighting sighting : shared.othersAfter(lastSeen)) {
                if (sighting.cleared()) {
                    failures.remove(sighting.key());
                } else {
                    add(sighting.key(), sighting.at());
                }
                lastSeen = sighting.id();
            }
            if (now.isAfter(lastForgotten.plus(settings.window()))) {
                lastForgotten = now;
                shared.forgetBefore(now.minus(settings.window()));
            }
        } catch (DataAccessException unavailable) {
            // the database is needed to sign in at all; until it is back this instance throttles on its own
            log.warn("Could not read the other instances' failed sign-ins: {}", unavailable.getClass().getSimpleName());
        } finally {
            reading.unlock();
        }
    }

    private static void share(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException unavailable) {
            log.warn("Could not share a sign-in outcome with the other instances: {}",
                    unavailable.getClass().getSimpleName());
        }
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

    private void add(String key, Instant at) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, clock.instant());
            // another instance's failure may be older than this one's latest: keep the times in order
            Deque<Instant> later = new ArrayDeque<>();
            while (!times.isEmpty() && times.peekLast().isAfter(at)) {
                later.addFirst(times.removeLast());
            }
            times.addLast(at);
            times.addAll(later);
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

    /** Keys are digests: a user name typed by mistake may be a password, and it is shared through the database. */
    private static String accountKey(String username) {
        return Sha256.hex("account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return Sha256.hex("address:" + address);
    }
}
