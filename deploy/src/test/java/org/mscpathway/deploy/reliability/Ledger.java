package org.mscpathway.deploy.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the platform recorded, read straight from its database and from msc.case-events: the books the reliability
 * tests balance. Queries name the platform's tables (schema msc) and Camunda's (schema public).
 */
final class Ledger {

    static final String TOPIC = "msc.case-events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReliabilityCluster cluster;

    Ledger(ReliabilityCluster cluster) {
        this.cluster = cluster;
    }

    /** Outbox event ids of these cases, by event type. */
    Map<String, List<UUID>> outboxEvents(Collection<UUID> cases) {
        Map<String, List<UUID>> byType = new HashMap<>();
        query("SELECT type, event_id FROM msc.outbox_event WHERE case_id = ANY(?)", cases, rs -> byType
                .computeIfAbsent(rs.getString(1), type -> new ArrayList<>()).add(rs.getObject(2, UUID.class)));
        return byType;
    }

    long unpublished() {
        return count("SELECT count(*) FROM msc.outbox_event WHERE published_at IS NULL", List.of());
    }

    /** Physician decisions recorded per case, for cases with other than exactly one. */
    Map<UUID, Long> casesNotDecidedExactlyOnce(Collection<UUID> cases) {
        Map<UUID, Long> decisions = new HashMap<>();
        cases.forEach(id -> decisions.put(id, 0L));
        query("SELECT case_id, count(*) FROM msc.physician_decision WHERE case_id = ANY(?) GROUP BY case_id", cases,
                rs -> decisions.put(rs.getObject(1, UUID.class), rs.getLong(2)));
        decisions.values().removeIf(count -> count == 1);
        return decisions;
    }

    /** User tasks still open in Camunda for these cases (business key = case id). */
    long openTasks(Collection<UUID> cases) {
        return count("""
                SELECT count(*) FROM public.act_ru_task t JOIN public.act_ru_execution e ON e.id_ = t.proc_inst_id_
                 WHERE e.business_key_ = ANY(?)""", cases.stream().map(UUID::toString).toList());
    }

    /** Process instances of these cases that have not ended. */
    long unfinishedProcesses(Collection<UUID> cases) {
        return count("SELECT count(*) FROM public.act_hi_procinst WHERE business_key_ = ANY(?) AND end_time_ IS NULL",
                cases.stream().map(UUID::toString).toList());
    }

    long incidents() {
        return count("SELECT count(*) FROM public.act_ru_incident", List.of());
    }

    /** In-app notification rows per event id. */
    Map<UUID, Long> notificationsPerEvent(Collection<UUID> events) {
        Map<UUID, Long> rows = new HashMap<>();
        query("SELECT event_id, count(*) FROM msc.notification WHERE event_id = ANY(?) GROUP BY event_id", events,
                rs -> rows.put(rs.getObject(1, UUID.class), rs.getLong(2)));
        return rows;
    }

    /** How often each event id is on msc.case-events, from the first offset to the end. */
    Map<UUID, Integer> publishedEvents() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.kafkaBootstrap());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<UUID, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    seen.merge(eventId(record.value()), 1, Integer::sum);
                }
            }
        }
        return seen;
    }

    private static UUID eventId(String envelope) {
        try {
            return UUID.fromString(JSON.readTree(envelope).path("eventId").asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new AssertionError("not a case event envelope: " + envelope, e);
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private long count(String sql, Collection<?> values) {
        long[] count = new long[1];
        if (sql.contains("?")) {
            query(sql, values, rs -> count[0] = rs.getLong(1));
        } else {
            query(sql, null, rs -> count[0] = rs.getLong(1));
        }
        return count[0];
    }

    private void query(String sql, Collection<?> values, Row row) {
        try (Connection db = cluster.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            if (values != null) {
                Object first = values.stream().findFirst().orElse(null);
                Array array = db.createArrayOf(first instanceof UUID || first == null ? "uuid" : "text",
                        values.toArray());
                statement.setArray(1, array);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }
}
