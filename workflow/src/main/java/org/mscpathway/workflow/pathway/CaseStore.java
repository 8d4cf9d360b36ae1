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
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.record.Patient;
import org.mscpathway.screening.record.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code msc.screening_case} table. Every write bumps {@code version}, the case's optimistic-lock counter. */
@Component
record CaseStore(JdbcClient jdbc, JsonColumns json) {

    private static final String COLUMNS = """
            id, team, indication, status, current_step, ruleset_version, opened_by, opened_at, updated_at, closed_at,
            step_entered_at, overdue, mrn, patient::text, medical_history::text, physical_exam::text,
            investigations::text, overridden_rules, version""";

    /**
     * A board card's columns: of the patient, the small columns kept beside the data sections (MRN, birth date, sex)
     * and of the latest assessment its outcome, mode and main finding; never the sections themselves.
     */
    private static final String SUMMARY_COLUMNS = """
            id, mrn, indication, status, current_step, opened_by, opened_at, step_entered_at, overdue, version,
            ruleset_version, team, patient_birth_date, patient_sex, assessed_outcome, assessment_mode,
            main_finding_rule, main_finding_severity, main_finding_title""";

    /** A new case; {@code typed} is {@code patient} as read, whose MRN, birth date and sex the cards show. */
    void insert(UUID id, String team, String indication, String rulesetVersion, String openedBy, JsonNode patient,
                Patient typed, Instant now) {
        jdbc.sql("""
                INSERT INTO msc.screening_case (id, team, indication, status, ruleset_version, opened_by, opened_at,
                                                updated_at, patient, mrn, patient_birth_date, patient_sex)
                VALUES (:id, :team, :indication, 'OPEN', :rulesetVersion, :openedBy, :now, :now, :patient::jsonb,
                        :mrn, :birthDate, :sex)""")
                .param("id", id).param("team", team).param("indication", indication)
                .param("rulesetVersion", rulesetVersion).param("openedBy", openedBy)
                .param("now", Timestamp.from(now)).param("patient", json.write(patient))
                .param("mrn", typed.reference())
                .param("birthDate", typed.birthDate() == null ? null : java.sql.Date.valueOf(typed.birthDate()))
                .param("sex", typed.sex().name())
                .update();
    }

    /**
     * Keeps what the cards show of the case's latest assessment beside the case, in the transaction that stores the
     * assessment. Not a change of the case's own data: its version stays (the step it completes bumps it).
     */
    void recordAssessment(UUID id, Assessment assessment) {
        MainFinding main = MainFinding.of(assessment);
        jdbc.sql("""
                UPDATE msc.screening_case SET assessed_outcome = :outcome, assessment_mode = :mode,
                       main_finding_rule = :rule, main_finding_severity = :severity, main_finding_title = :title
                 WHERE id = :id""")
                .param("outcome", assessment.outcome().name()).param("mode", assessment.mode().name())
                .param("rule", main == null ? null : main.ruleId())
                .param("severity", main == null ? null : main.severity().name())
                .param("title", main == null ? null : main.title()).param("id", id).update();
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

    /**
     * Board cards of the teams' cases, newest first, optionally of one step, status and indication; a page of them
     * when {@code page} is given, else all. Cards only: the patient's data sections are not read.
     */
    List<CaseSummary> board(Step step, CaseStatus status, String indication, CareTeams teams, CasePage.Request page) {
        var query = new SummaryQuery(teams);
        if (step != null) {
            query.where("current_step = :step", "step", step.name());
        }
        if (status != null) {
            query.where("status = :status", "status", status.name());
        }
        if (indication != null) {
            query.where("indication = :indication", "indication", indication);
        }
        return query.list(page);
    }

    /**
     * Open cases of the teams waiting at one of the steps, newest first, without those the user opened at one of
     * {@code notOwnSteps} (a physician never decides on a case they opened).
     */
    List<CaseSummary> waitingAt(Set<Step> steps, Set<Step> notOwnSteps, String username, CareTeams teams,
                                CasePage.Request page) {
        var query = new SummaryQuery(teams)
                .where("status = 'OPEN'", null, null)
                .where("current_step = ANY(CAST(:steps AS text[]))", "steps", names(steps));
        if (!notOwnSteps.isEmpty()) {
            query.where("(current_step <> ALL(CAST(:notOwnSteps AS text[])) OR opened_by <> :username)",
                    "notOwnSteps", names(notOwnSteps)).param("username", username);
        }
        return query.list(page);
    }

    /** The cards of those of {@code ids} that belong to the teams (the others are left out, as if unknown). */
    List<CaseSummary> cards(java.util.Collection<UUID> ids, CareTeams teams) {
        return new SummaryQuery(teams).where("id = ANY(CAST(:ids AS uuid[]))", "ids", ids.toArray(UUID[]::new))
                .list(null);
    }

    private static String[] names(Set<Step> steps) {
        return steps.stream().map(Step::name).toArray(String[]::new);
    }

    /**
     * A list of cards in the lists' one order, {@code opened_at DESC, id}, which {@code screening_case_opened_idx}
     * (and, for open cases, {@code screening_case_open_idx}) serve. Conditions are fixed strings chosen by the
     * methods above, values always bound: only the conditions a list needs are in the statement, so PostgreSQL plans
     * each shape for what it is rather than around {@code :x IS NULL OR ...}.
     */
    private final class SummaryQuery {

        private final List<String> conditions = new java.util.ArrayList<>();
        private final java.util.Map<String, Object> params = new java.util.HashMap<>();

        SummaryQuery(CareTeams teams) {
            where("team = ANY(CAST(:teams AS text[]))", "teams", teams.asArray());
        }

        SummaryQuery where(String condition, String name, Object value) {
            conditions.add(condition);
            return name == null ? this : param(name, value);
        }

        SummaryQuery param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        List<CaseSummary> list(CasePage.Request page) {
            String limit = "";
            if (page != null) {
                if (page.after() != null) {
                    // opened_at <= is the index's range; the rest of the keyset (ties on opened_at, by id) filters it
                    where("opened_at <= :afterAt AND (opened_at < :afterAt OR id > :afterId)", "afterAt",
                            Timestamp.from(page.after().openedAt())).param("afterId", page.after().id());
                }
                // one more than asked: whether it comes back says whether another page follows
                limit = " LIMIT " + (page.limit() + 1);
            }
            return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM msc.screening_case WHERE "
                            + String.join(" AND ", conditions) + " ORDER BY opened_at DESC, id" + limit)
                    .params(params).query(CaseStore::summary).list();
        }
    }

    void saveSection(UUID id, Section section, JsonNode body, Instant now) {
        // the column name comes from the enum, never from input
        jdbc.sql("UPDATE msc.screening_case SET " + section.column() + " = :body::jsonb, updated_at = :now,"
                        + " version = version + 1 WHERE id = :id")
                .param("body", json.write(body)).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** The case now waits at {@code step}, in the engine's user task {@code taskId}. */
    void enterStep(UUID id, Step step, String taskId, Instant now) {
        jdbc.sql("""
                UPDATE msc.screening_case SET current_step = :step, current_task_id = :taskId, step_entered_at = :now,
                       overdue = false, updated_at = :now, version = version + 1
                 WHERE id = :id""")
                .param("step", step.name()).param("taskId", taskId).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    /** The engine's user task the case waits in; empty when it waits in none, or entered it before this was kept. */
    Optional<String> currentTask(UUID id) {
        List<String> task = jdbc.sql("SELECT current_task_id FROM msc.screening_case WHERE id = :id"
                        + " AND current_step IS NOT NULL").param("id", id).query(String.class).list();
        return task.isEmpty() ? Optional.empty() : Optional.ofNullable(task.get(0));
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
                UPDATE msc.screening_case SET status = :status, current_step = NULL, current_task_id = NULL,
                       overdue = false,
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
                rs.getBoolean("overdue"), rs.getString("mrn"), json.read(rs.getString("patient")),
                json.read(rs.getString("medical_history")), json.read(rs.getString("physical_exam")),
                json.read(rs.getString("investigations")),
                rules == null ? Set.of() : Set.of((String[]) rules.getArray()), rs.getInt("version"));
    }

    private static CaseSummary summary(ResultSet rs, int row) throws SQLException {
        String step = rs.getString("current_step");
        java.sql.Date birthDate = rs.getDate("patient_birth_date");
        return new CaseSummary(rs.getObject("id", UUID.class), rs.getString("mrn"),
                rs.getString("indication"), CaseStatus.valueOf(rs.getString("status")),
                step == null ? null : Step.valueOf(step), rs.getString("opened_by"), instant(rs, "opened_at"),
                instant(rs, "step_entered_at"), rs.getBoolean("overdue"), rs.getInt("version"),
                rs.getString("ruleset_version"), rs.getString("team"),
                birthDate == null ? null : birthDate.toLocalDate(), code(Sex.class, rs.getString("patient_sex")),
                code(Outcome.class, rs.getString("assessed_outcome")),
                code(EvaluationMode.class, rs.getString("assessment_mode")), mainFinding(rs));
    }

    private static MainFinding mainFinding(ResultSet rs) throws SQLException {
        String rule = rs.getString("main_finding_rule");
        return rule == null ? null : new MainFinding(rule, code(Severity.class, rs.getString("main_finding_severity")),
                rs.getString("main_finding_title"));
    }

    private static <E extends Enum<E>> E code(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
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
