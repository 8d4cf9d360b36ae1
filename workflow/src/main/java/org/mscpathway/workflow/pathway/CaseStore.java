package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code msc.screening_case} table. Every write bumps {@code version}, the case's optimistic-lock counter. */
@Repository
class CaseStore {

    private static final String COLUMNS = """
            id, team, indication, status, current_step, ruleset_version, opened_by, opened_at, updated_at, closed_at,
            step_entered_at, overdue, patient::text, medical_history::text, physical_exam::text,
            investigations::text, overridden_rules, version""";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    CaseStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, String team, String indication, String rulesetVersion, String openedBy, JsonNode patient,
                Instant now) {
        jdbc.sql("""
                INSERT INTO msc.screening_case (id, team, indication, status, ruleset_version, opened_by, opened_at,
                                                updated_at, patient)
                VALUES (:id, :team, :indication, 'OPEN', :rulesetVersion, :openedBy, :now, :now, :patient::jsonb)""")
                .param("id", id).param("team", team).param("indication", indication)
                .param("rulesetVersion", rulesetVersion).param("openedBy", openedBy)
                .param("now", Timestamp.from(now)).param("patient", json.write(patient))
                .update();
    }

    /** The case if it belongs to one of the teams; another team's case is as absent as an unknown one. */
    Optional<StoredCase> find(UUID id, CareTeams teams) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM msc.screening_case WHERE id = :id"
                        + " AND team = ANY(CAST(:teams AS text[]))")
                .param("id", id).param("teams", teams.asArray()).query(this::map).optional();
    }

    /** The case's care team, if the case exists. */
    Optional<String> teamOf(UUID id) {
        return jdbc.sql("SELECT team FROM msc.screening_case WHERE id = :id").param("id", id).query(String.class)
                .optional();
    }

    /** {@link #lock(UUID)} for an actor: a case of a team the actor is not in is not found. */
    StoredCase lock(UUID id, CareTeams teams) {
        StoredCase stored = lock(id);
        if (!teams.includes(stored.team())) {
            throw new CaseNotFoundException(id);
        }
        return stored;
    }

    Optional<String> openedBy(UUID id) {
        return jdbc.sql("SELECT opened_by FROM msc.screening_case WHERE id = :id")
                .param("id", id).query(String.class).optional();
    }

    /** Reads the case and locks its row until the transaction ends, so commands on one case run one at a time. */
    StoredCase lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM msc.screening_case WHERE id = :id FOR UPDATE")
                .param("id", id).query(this::map).optional()
                .orElseThrow(() -> new CaseNotFoundException(id));
    }

    List<StoredCase> board(Step step, CaseStatus status, String indication, CareTeams teams) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM msc.screening_case
                WHERE team = ANY(CAST(:teams AS text[]))
                  AND (CAST(:step AS varchar) IS NULL OR current_step = :step)
                  AND (CAST(:status AS varchar) IS NULL OR status = :status)
                  AND (CAST(:indication AS varchar) IS NULL OR indication = :indication)
                ORDER BY opened_at DESC, id""")
                .param("step", step == null ? null : step.name())
                .param("status", status == null ? null : status.name())
                .param("indication", indication)
                .param("teams", teams.asArray())
                .query(this::map).list();
    }

    void saveSection(UUID id, Section section, JsonNode body, Instant now) {
        // the column name comes from the enum, never from input
        jdbc.sql("UPDATE msc.screening_case SET " + section.column() + " = :body::jsonb, updated_at = :now,"
                        + " version = version + 1 WHERE id = :id")
                .param("body", json.write(body)).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void enterStep(UUID id, Step step, Instant now) {
        jdbc.sql("""
                UPDATE msc.screening_case SET current_step = :step, step_entered_at = :now, overdue = false,
                       updated_at = :now, version = version + 1
                 WHERE id = :id""")
                .param("step", step.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Records that the case changed without a column of its own changing (its ETag must change all the same). */
    void touch(UUID id, Instant now) {
        jdbc.sql("UPDATE msc.screening_case SET updated_at = :now, version = version + 1 WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void markOverdue(UUID id, Instant now) {
        jdbc.sql("UPDATE msc.screening_case SET overdue = true, updated_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void addOverriddenRules(UUID id, Set<String> ruleIds, Instant now) {
        jdbc.sql("""
                UPDATE msc.screening_case
                   SET overridden_rules = ARRAY(SELECT DISTINCT unnest(overridden_rules || CAST(:rules AS text[]))),
                       updated_at = :now, version = version + 1
                 WHERE id = :id""")
                .param("rules", ruleIds.toArray(String[]::new)).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    /** A re-screen moves the case onto another ruleset version; its earlier assessments keep theirs. */
    void changeRuleset(UUID id, String rulesetVersion, Instant now) {
        jdbc.sql("""
                UPDATE msc.screening_case SET ruleset_version = :rulesetVersion, updated_at = :now,
                       version = version + 1
                 WHERE id = :id""")
                .param("rulesetVersion", rulesetVersion).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** The cases a what-if re-evaluates: every open case and every case closed since the given instant. */
    List<StoredCase> openOrClosedSince(Instant closedSince) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM msc.screening_case
                WHERE status = 'OPEN' OR closed_at >= :since
                ORDER BY opened_at, id""")
                .param("since", Timestamp.from(closedSince))
                .query(this::map).list();
    }

    void close(UUID id, CaseStatus status, Instant now) {
        jdbc.sql("""
                UPDATE msc.screening_case SET status = :status, current_step = NULL, overdue = false,
                       closed_at = :now, updated_at = :now, version = version + 1
                 WHERE id = :id""")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    private StoredCase map(ResultSet rs, int row) throws SQLException {
        String step = rs.getString("current_step");
        Array rules = rs.getArray("overridden_rules");
        return new StoredCase(rs.getObject("id", UUID.class), rs.getString("team"), rs.getString("indication"),
                CaseStatus.valueOf(rs.getString("status")), step == null ? null : Step.valueOf(step),
                rs.getString("ruleset_version"), rs.getString("opened_by"), instant(rs, "opened_at"),
                instant(rs, "updated_at"), instant(rs, "closed_at"), instant(rs, "step_entered_at"),
                rs.getBoolean("overdue"), json.read(rs.getString("patient")), json.read(rs.getString("medical_history")),
                json.read(rs.getString("physical_exam")), json.read(rs.getString("investigations")),
                rules == null ? Set.of() : Set.of((String[]) rules.getArray()), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }



    /** The data sections a coordinator fills in, and the column each lives in. */
    enum Section {
        MEDICAL_HISTORY("medical_history", "medicalHistory", SectionShape.MEDICAL_HISTORY),
        PHYSICAL_EXAM("physical_exam", "physicalExam", SectionShape.PHYSICAL_EXAM),
        INVESTIGATIONS("investigations", "", SectionShape.INVESTIGATIONS);

        private final String column;
        private final String path;
        private final SectionShape shape;

        Section(String column, String path, SectionShape shape) {
            this.column = column;
            this.path = path;
            this.shape = shape;
        }

        String column() {
            return column;
        }

        /** Where the section sits in the patient record, as error paths name it. */
        String path() {
            return path;
        }

        /** The fields stored from it. */
        SectionShape shape() {
            return shape;
        }
    }
}
