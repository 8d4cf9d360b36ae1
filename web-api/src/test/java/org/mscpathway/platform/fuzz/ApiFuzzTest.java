package org.mscpathway.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.cases.CaseBodies;
import org.mscpathway.platform.cases.CaseClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Ten thousand malformed requests over every endpoint, API and UI, as every role and as nobody (seeded, so a run
 * can be replayed with {@code -Dmsc.fuzz.seed=}): none may be answered with 500, and afterwards nothing is
 * half-saved: every open case waits at exactly one Camunda task, every closed case has no running process, no
 * unknown field reached a stored section, no override lacks its second physician, and every change answered 2xx
 * has its audit entry. Slow: runs in the {@code fuzz} profile only ({@code ./mvnw -pl web-api -am verify -Pfuzz}).
 */
@PlatformTest
class ApiFuzzTest {

    private static final int REQUESTS = Integer.getInteger("msc.fuzz.requests", 10_000);
    private static final long SEED = Long.getLong("msc.fuzz.seed", 20261130L);
    private static final String[][] USERS = {{"coordinator", "COORDINATOR"}, {"physician", "PHYSICIAN"},
            {"physician2", "PHYSICIAN"}, {"admin", "ADMIN"}, {"dr-both", "COORDINATOR,PHYSICIAN"}, {null, null}};
    private static final String ALPHABET = "abcXYZ019-_.:/%{}[]\"'\\ é漢\u0001";
    private static final String[] FIELDS = {"decision", "comment", "version", "pregnancy", "lactating",
            "conditions[0].icd10", "temperatureC", "loinc", "value", "millionCells", "reference", "birthDate",
            "indication", "consentObtainedOn", "consentFormVersion"};

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;
    @Autowired
    com.zaxxer.hikari.HikariDataSource pool;

    private final Random random = new Random(SEED);
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private int changesAccepted;

    @Test
    void tenThousandMalformedRequestsGetNo500AndLeaveNothingHalfSaved() throws Exception {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cases.add(api.open("coordinator", CaseBodies.openCase()));
            cases.add(api.atPlanApproval("coordinator"));
        }
        long auditBefore = okChanges();

        for (int i = 0; i < REQUESTS; i++) {
            send(i, cases.get(random.nextInt(cases.size())));
        }

        System.out.printf("fuzz: %d requests (seed %d), answers by status %s, %d changes accepted%n", REQUESTS,
                SEED, statuses, changesAccepted);
        assertThat(serverErrors).as("requests answered with 500").isEmpty();
        assertThat(platform.jdbc().sql("""
                SELECT coalesce(string_agg(state || ': ' || left(query, 300), E'\\n'), '') FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'""")
                .query(String.class).single()).as("connections left in a transaction").isEmpty();
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections still held").isLessThanOrEqualTo(1);
        assertThat(okChanges() - auditBefore).as("accepted changes with their audit entry")
                .isEqualTo(changesAccepted);
        assertNothingHalfSaved();
    }

    private void send(int n, UUID caseId) throws Exception {
        String id = random.nextInt(10) == 0 ? garbage(12) : caseId.toString();
        Endpoint endpoint = Endpoint.values()[random.nextInt(Endpoint.values().length)];
        String path = endpoint.path.replace("{id}", id);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method,
                java.net.URI.create("http://localhost" + encodePath(path)
                        + (random.nextInt(4) == 0 ? "?" + encodePath(garbage(6)) + "=" + encodePath(garbage(8)) : "")));
        String[] actor = USERS[random.nextInt(USERS.length)];
        if (actor[0] != null) {
            request.with(user(actor[0]).roles(actor[1].split(",")));
        }
        if (endpoint.ui) {
            request.with(csrf());
            for (int p = random.nextInt(6); p > 0; p--) {
                request.param(random.nextBoolean() ? FIELDS[random.nextInt(FIELDS.length)] : garbage(5), value());
            }
        } else if (endpoint.method != HttpMethod.GET) {
            request.contentType(random.nextInt(20) == 0 ? "text/plain" : "application/json").content(body());
        }
        if (random.nextInt(8) == 0) {
            request.header("If-Match", random.nextBoolean() ? garbage(4) : Integer.toString(random.nextInt(20)));
        }
        MockHttpServletResponse response = platform.mvc().perform(request).andReturn().getResponse();
        statuses.merge(response.getStatus(), 1, Integer::sum);
        if (response.getStatus() >= 500) {
            serverErrors.add("#" + n + " " + endpoint.method + " " + path + " -> " + response.getStatus() + " "
                    + response.getContentAsString());
        }
        if (endpoint.change && response.getStatus() / 100 == 2) {
            changesAccepted++;
        }
    }

    private static String encodePath(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("%2F", "/");
    }

    /** A body near a valid one, mutated: wrong types, unknown fields, huge or odd values, broken JSON. */
    private String body() {
        String[] valid = {CaseBodies.openCase(), CaseBodies.history(), CaseBodies.history("pregnant"),
                CaseBodies.exam(), CaseBodies.investigations(), CaseBodies.approve(),
                CaseBodies.decision("override", "x"), CaseBodies.decision("request-changes", "y"),
                "{\"roles\": [\"PHYSICIAN\"], \"password\": \"correct-horse-battery\"}"};
        String body = valid[random.nextInt(valid.length)];
        return switch (random.nextInt(10)) {
            case 0 -> body.substring(0, random.nextInt(body.length()));
            case 1 -> body.replaceFirst("\"[a-zA-Z]+\": ", "\"fuzzPad\": ");
            case 2 -> body.replaceFirst(": \"[^\"]*\"", ": " + value());
            case 3 -> body.replaceFirst(": [0-9.]+", ": " + value());
            case 4 -> "[" + body + "]";
            case 5 -> body.replaceFirst("\\{", "{\"fuzzPad\": \"" + "p".repeat(random.nextInt(5000)) + "\", ");
            case 6 -> "{\"a\":".repeat(random.nextInt(2000)) + "1" + "}".repeat(random.nextInt(2000));
            case 7 -> garbage(random.nextInt(200));
            case 8 -> body.replace("\"", "'");
            default -> body.replaceFirst("\\[", "[" + value() + ",");
        };
    }

    private String value() {
        return switch (random.nextInt(12)) {
            case 0 -> "null";
            case 1 -> "\"\\u0000\"";
            case 2 -> "1e309";
            case 3 -> "-99999999999999999999999";
            case 4 -> "\"" + "x".repeat(random.nextInt(3000)) + "\"";
            case 5 -> "{}";
            case 6 -> "[[[]]]";
            case 7 -> "true";
            case 8 -> "\"2026-02-30\"";
            case 9 -> "\"\\ud800\"";
            case 10 -> "\"C50.9; DROP TABLE msc.screening_case\"";
            default -> "\"<script>alert(1)</script>\"";
        };
    }

    private String garbage(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Case commands the API answered as done, by their audit entries. */
    private long okChanges() {
        return platform.jdbc().sql("""
                SELECT count(*) FROM msc.audit_entry WHERE outcome = 'OK' AND (action LIKE 'POST /api/v1/cases%'
                   OR action LIKE 'PUT /api/v1/cases/%')""").query(Long.class).single();
    }

    private void assertNothingHalfSaved() {
        platform.jdbc().sql("SELECT id, status, current_step FROM msc.screening_case").query((rs, n) -> {
            String id = rs.getString(1);
            long running = platform.runtime().createProcessInstanceQuery().processInstanceBusinessKey(id).count();
            if ("OPEN".equals(rs.getString(2))) {
                assertThat(running).as("case %s is open with its process", id).isEqualTo(1);
                assertThat(platform.tasks().createTaskQuery().processInstanceBusinessKey(id).count())
                        .as("case %s waits at one task", id).isEqualTo(rs.getString(3) == null ? 0 : 1);
            } else {
                assertThat(running).as("closed case %s has no running process", id).isZero();
            }
            return id;
        }).list();
        assertThat(platform.jdbc().sql("""
                SELECT count(*) FROM msc.screening_case WHERE patient::text LIKE '%fuzzPad%'
                   OR medical_history::text LIKE '%fuzzPad%' OR physical_exam::text LIKE '%fuzzPad%'
                   OR investigations::text LIKE '%fuzzPad%'""").query(Long.class).single())
                .as("cases holding an unknown field").isZero();
        assertThat(platform.jdbc().sql("""
                SELECT count(*) FROM msc.screening_case c WHERE cardinality(c.overridden_rules) > 0
                   AND NOT EXISTS (SELECT 1 FROM msc.physician_decision d WHERE d.case_id = c.id
                                    AND d.decision = 'OVERRIDE' AND d.confirmed_by IS NOT NULL)""")
                .query(Long.class).single()).as("overrides without a second physician").isZero();
    }

    private enum Endpoint {
        EVALUATE(HttpMethod.POST, "/api/v1/evaluations", false, false),
        RULES(HttpMethod.GET, "/api/v1/rules", false, false),
        INDICATIONS(HttpMethod.GET, "/api/v1/indications", false, false),
        OPEN(HttpMethod.POST, "/api/v1/cases", false, true),
        BOARD(HttpMethod.GET, "/api/v1/cases", false, false),
        CASE(HttpMethod.GET, "/api/v1/cases/{id}", false, false),
        HISTORY(HttpMethod.PUT, "/api/v1/cases/{id}/medical-history", false, true),
        EXAM(HttpMethod.PUT, "/api/v1/cases/{id}/physical-exam", false, true),
        INVESTIGATIONS(HttpMethod.PUT, "/api/v1/cases/{id}/investigations", false, true),
        DECISION(HttpMethod.POST, "/api/v1/cases/{id}/decision", false, true),
        WITHDRAW(HttpMethod.POST, "/api/v1/cases/{id}/withdraw", false, true),
        TIMELINE(HttpMethod.GET, "/api/v1/cases/{id}/timeline", false, false),
        TASKS(HttpMethod.GET, "/api/v1/tasks", false, false),
        NOTIFICATIONS(HttpMethod.GET, "/api/v1/notifications", false, false),
        READ(HttpMethod.POST, "/api/v1/notifications/{id}/read", false, false),
        USERS(HttpMethod.GET, "/api/v1/users", false, false),
        USER(HttpMethod.PUT, "/api/v1/users/fuzz-{id}", false, false),
        UI_BOARD(HttpMethod.GET, "/board", true, false),
        UI_CASE(HttpMethod.GET, "/cases/{id}", true, false),
        UI_REVIEW(HttpMethod.GET, "/cases/{id}/review", true, false),
        UI_NEW(HttpMethod.POST, "/cases", true, false),
        UI_HISTORY(HttpMethod.POST, "/cases/{id}/medical-history", true, false),
        UI_EXAM(HttpMethod.POST, "/cases/{id}/physical-exam", true, false),
        UI_INVESTIGATIONS(HttpMethod.POST, "/cases/{id}/investigations", true, false),
        UI_DECISION(HttpMethod.POST, "/cases/{id}/decision", true, false),
        UI_WITHDRAW(HttpMethod.POST, "/cases/{id}/withdraw", true, false),
        UI_ROWS(HttpMethod.GET, "/cases/rows/{id}", true, false),
        UI_DASHBOARD(HttpMethod.GET, "/dashboard.csv", true, false),
        UI_NOTIFICATIONS(HttpMethod.POST, "/notifications/{id}/read", true, false);

        final HttpMethod method;
        final String path;
        final boolean ui;
        final boolean change;

        Endpoint(HttpMethod method, String path, boolean ui, boolean change) {
            this.method = method;
            this.path = path;
            this.ui = ui;
            this.change = change;
        }
    }
}
