package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every evaluation of a case, kept with the step, mode and ruleset version it ran with. */
@Component
record AssessmentLog(JdbcClient jdbc, JsonColumns json) {

    /** @param main the assessment's main finding ({@link MainFinding#of}), null when nothing was found */
    void append(UUID caseId, String step, String mode, String outcome, String rulesetVersion, JsonNode body,
                MainFinding main, Instant at) {
        jdbc.sql("""
                INSERT INTO msc.case_assessment (case_id, step, mode, outcome, ruleset_version, body, assessed_at,
                                                 main_finding_rule, main_finding_title)
                VALUES (:caseId, :step, :mode, :outcome, :rulesetVersion, :body::jsonb, :at, :rule, :title)""")
                .param("caseId", caseId).param("step", step).param("mode", mode).param("outcome", outcome)
                .param("rulesetVersion", rulesetVersion).param("body", json.write(body))
                .param("at", Timestamp.from(at)).param("rule", main == null ? null : main.ruleId())
                .param("title", main == null ? null : main.title()).update();
    }

    /** The most recent assessment of the case, with when and at which step it was made. */
    Optional<Recorded> latest(UUID caseId) {
        return jdbc.sql("""
                SELECT step, mode, body::text, assessed_at FROM msc.case_assessment
                 WHERE case_id = :caseId ORDER BY id DESC LIMIT 1""")
                .param("caseId", caseId)
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getString(2), json.read(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /**
     * The digest of the latest assessment of each of {@code ids} that belongs to the teams, in one statement (a page
     * of notifications asks for fifty at once).
     */
    java.util.Map<UUID, AssessmentDigest> latestDigests(java.util.Collection<UUID> ids, CareTeams teams) {
        java.util.Map<UUID, AssessmentDigest> digests = new java.util.HashMap<>();
        jdbc.sql(DIGEST_SELECT + "\n" + """
                  FROM (SELECT DISTINCT ON (a.case_id) a.* FROM msc.case_assessment a
                          JOIN msc.screening_case c ON c.id = a.case_id
                         WHERE a.case_id = ANY(CAST(:ids AS uuid[])) AND c.team = ANY(CAST(:teams AS text[]))
                         ORDER BY a.case_id, a.id DESC) a""")
                .param("ids", ids.toArray(UUID[]::new)).param("teams", teams.asArray())
                .query(AssessmentLog::digest).list()
                .forEach(digest -> digests.put(digest.caseId(), digest));
        return digests;
    }

    /** The digests of every assessment of the case, oldest first. */
    List<AssessmentDigest> digests(UUID caseId) {
        return jdbc.sql(DIGEST_SELECT + "\nFROM msc.case_assessment a WHERE a.case_id = :caseId ORDER BY a.id")
                .param("caseId", caseId).query(AssessmentLog::digest).list();
    }

    private static final String DIGEST_SELECT = """
            SELECT a.case_id, a.step, a.mode, a.outcome, a.assessed_at, a.main_finding_rule AS rule_id,
                   a.main_finding_title AS title,
                   ARRAY(SELECT m ->> 'item' FROM jsonb_array_elements(a.body -> 'missing') m) AS missing""";

    private static AssessmentDigest digest(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AssessmentDigest(rs.getObject("case_id", UUID.class), rs.getString("step"), rs.getString("mode"),
                rs.getString("outcome"), rs.getString("rule_id"), rs.getString("title"),
                List.of((String[]) rs.getArray("missing").getArray()), rs.getTimestamp("assessed_at").toInstant());
    }

    /**
     * The latest assessment, without its body, of every open case and every case closed since the given instant
     * (the cases {@link CaseStore#openOrClosedSince} reads): what a what-if compares against.
     */
    java.util.Map<UUID, Header> latestHeaders(Instant closedSince) {
        java.util.Map<UUID, Header> headers = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (a.case_id) a.case_id, a.mode, a.outcome, a.ruleset_version, a.assessed_at
                  FROM msc.case_assessment a JOIN msc.screening_case c ON c.id = a.case_id
                 WHERE c.status = 'OPEN' OR c.closed_at >= :since
                 ORDER BY a.case_id, a.id DESC""")
                .param("since", java.sql.Timestamp.from(closedSince))
                .query(rs -> {
                    headers.put(rs.getObject(1, UUID.class), new Header(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return headers;
    }

    record Header(String mode, String outcome, String rulesetVersion, Instant assessedAt) {
    }

    record Recorded(String step, String mode, JsonNode body, Instant assessedAt) {
    }
}
