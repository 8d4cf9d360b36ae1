package org.mscpathway.bench.growth;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the platform's database with cases straight through SQL, far faster than the REST API could (100,000 cases
 * in about a minute): each seeded case has the rows a case that walked the pathway leaves behind in the tables the
 * read paths use, namely the case row (one in ten still open, at a data step or at plan approval; the rest approved
 * and closed), its latest assessment, the events of its timeline (published, so the relay leaves them alone) and
 * one in-app notification for the physician. Case n was opened n hours ago, so growing the database adds older
 * cases: the dashboard's default period (the last 30 days) holds the same 720 seeded cases at every size, and what
 * grows is only what a request should not have to read. Only for a benchmark database: nothing else is consistent
 * (no Camunda process instance). Every seeded case is the default care team's ({@code main}), as the benchmark's
 * accounts are.
 */
final class CaseSeed {

    private static final String SEED = """
            CREATE TEMP TABLE seed ON COMMIT DROP AS
            SELECT gen_random_uuid() AS id, n, now() - make_interval(hours => n) AS at,
                   CASE WHEN n %% 10 = 0 THEN 'OPEN' ELSE 'APPROVED' END AS status,
                   CASE WHEN n %% 20 = 0 THEN 'PLAN_APPROVAL' WHEN n %% 10 = 0 THEN 'MEDICAL_HISTORY' END AS step
              FROM generate_series(%d, %d) AS n;
            INSERT INTO msc.screening_case (id, team, indication, status, current_step, ruleset_version, opened_by,
                   opened_at, updated_at, closed_at, step_entered_at, patient, mrn, patient_birth_date,
                   patient_sex, assessed_outcome, assessment_mode)
            SELECT id, 'main', 'knee-osteoarthritis', status, step, '2026.2', 'bench-seed', at, at,
                   CASE WHEN status = 'OPEN' THEN NULL ELSE at + interval '1 hour' END,
                   CASE WHEN status = 'OPEN' THEN at END,
                   jsonb_build_object('reference', 'SEED-' || n, 'birthDate', '1960-01-01', 'sex', 'female',
                                      'weightKg', 70, 'heightCm', 170),
                   'SEED-' || n, DATE '1960-01-01', 'FEMALE', 'ELIGIBLE', 'FULL'
              FROM seed;
            INSERT INTO msc.case_assessment (case_id, step, mode, outcome, ruleset_version, body, assessed_at)
            SELECT id, 'CONTRAINDICATION_EVALUATION', 'FULL', 'ELIGIBLE', '2026.2',
                   '{"outcome": "ELIGIBLE", "findings": [], "missing": []}', at FROM seed;
            INSERT INTO msc.outbox_event (event_id, case_id, type, payload, occurred_at, published_at)
            SELECT e.event_id, e.id, e.type, jsonb_build_object('eventId', e.event_id, 'type', e.type,
                   'schemaVersion', 1, 'occurredAt', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                   'caseId', e.id, 'step', 'MEDICAL_HISTORY', 'actorRole', 'COORDINATOR'), e.at, e.at
              FROM (SELECT gen_random_uuid() AS event_id, id, type, at
                      FROM seed, (VALUES ('CaseOpened'), ('StepCompleted'), ('PlanProposed')) AS t(type)) e;
            INSERT INTO msc.notification (event_id, recipient, type, case_id, step, created_at)
            SELECT gen_random_uuid(), '%s', 'PlanProposed', id, 'PLAN_APPROVAL', at FROM seed""";

    /** Opens a connection to the benchmark database; the seed holds no credentials itself. */
    interface Database {
        Connection connect() throws SQLException;
    }

    private final Database database;

    CaseSeed(Database database) {
        this.database = database;
    }

    /** Seeded cases so far. */
    long seeded() throws SQLException {
        try (Connection db = database.connect(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT count(*) FROM msc.screening_case WHERE opened_by = 'bench-seed'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Seeds cases until {@code total} are seeded; their notifications go to {@code physician}. */
    void growTo(long total, String physician) throws SQLException {
        long from = seeded() + 1;
        if (from > total) {
            return;
        }
        try (Connection db = database.connect()) {
            db.setAutoCommit(false);
            // numbers and an account name the benchmark chose (a temp table's query takes no bind parameters)
            if (!physician.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("--physician must be a plain account name (got '" + physician + "')");
            }
            try (Statement seed = db.createStatement()) {
                seed.execute(SEED.formatted(from, total, physician));
            }
            db.commit();
            try (Statement analyze = db.createStatement()) {
                db.setAutoCommit(true);
                analyze.execute("ANALYZE msc.screening_case, msc.case_assessment, msc.outbox_event, msc.notification");
            }
        }
    }
}
