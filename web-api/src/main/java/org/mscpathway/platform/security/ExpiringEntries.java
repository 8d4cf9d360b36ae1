package org.mscpathway.platform.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an instance remembers of a verified credential (a password, a bearer token), each entry until its own expiry.
 * Bounded: past {@code max} entries the expired ones are dropped, and while it stays full nothing new is kept, so a
 * flood of distinct credentials costs checks, never heap.
 */
final class ExpiringEntries<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int max;

    ExpiringEntries(int max) {
        this.max = max;
    }

    /** The value kept for {@code key} if it has not expired by {@code now}; an expired one is dropped. */
    V get(K key, Instant now) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!now.isBefore(entry.expires())) {
            entries.remove(key, entry);
            return null;
        }
        return entry.value();
    }

    void put(K key, V value, Instant expires, Instant now) {
        if (entries.size() >= max) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
        }
        if (entries.size() < max) {
            entries.put(key, new Entry<>(value, expires));
        }
    }

    void remove(K key) {
        entries.remove(key);
    }

    int size() {
        return entries.size();
    }
}
