package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The store behind the verified-password and verified-token memories: entries expire, and the store is bounded. */
class ExpiringEntriesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void anEntryIsGivenUntilItsExpiryAndDroppedThen() {
        ExpiringEntries<String, String> entries = new ExpiringEntries<>(10);
        entries.put("a", "kept", NOW.plusSeconds(60), NOW);

        assertThat(entries.get("a", NOW.plusSeconds(59))).isEqualTo("kept");
        assertThat(entries.get("a", NOW.plusSeconds(60))).isNull();
        assertThat(entries.size()).isZero();
    }

    @Test
    void aFullStoreMakesRoomByDroppingExpiredEntries() {
        ExpiringEntries<String, String> entries = new ExpiringEntries<>(2);
        entries.put("old", "1", NOW.plusSeconds(1), NOW);
        entries.put("live", "2", NOW.plusSeconds(600), NOW);

        entries.put("new", "3", NOW.plusSeconds(600), NOW.plusSeconds(5));

        assertThat(entries.get("new", NOW.plusSeconds(5))).isEqualTo("3");
        assertThat(entries.get("live", NOW.plusSeconds(5))).isEqualTo("2");
        assertThat(entries.size()).isEqualTo(2);
    }

    @Test
    void aStoreFullOfLiveEntriesKeepsNothingNew() {
        ExpiringEntries<String, String> entries = new ExpiringEntries<>(2);
        entries.put("a", "1", NOW.plusSeconds(600), NOW);
        entries.put("b", "2", NOW.plusSeconds(600), NOW);

        entries.put("c", "3", NOW.plusSeconds(600), NOW);

        assertThat(entries.get("c", NOW)).isNull();
        assertThat(entries.size()).isEqualTo(2);
    }
}
