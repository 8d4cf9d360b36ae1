package org.mscpathway.bench.baseline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.mscpathway.bench.Clients;

/**
 * The engine alone: a process of the platform's shape (4 user tasks, 5 no-op service tasks, FULL history) on its own
 * fresh PostgreSQL database, driven through the Java API. Each case: start with a business key and one variable,
 * then find and complete each user task (one query and one complete per task, as a REST caller would). What the
 * platform adds around the same engine work is REST, JSON, security, its own tables, audit, outbox and notification.
 */
public final class BareEngineBaseline implements AutoCloseable {

    static final String PROCESS = "bench-bare-screening";

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;

    private BareEngineBaseline(ProcessEngine engine) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
    }

    /**
     * Creates (or re-creates) database {@code database} on the server and starts an engine on it with a pool large
     * enough for {@code clients}.
     */
    public static BareEngineBaseline start(String serverUrl, String user, String password, String database, int clients) {
        recreate(serverUrl, user, password, database);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-baseline-" + database);
        configuration.setJdbcUrl(serverUrl + database);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcMaxActiveConnections(clients + 2);
        configuration.setJdbcMaxIdleConnections(clients + 2);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(true);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", process()).deploy();
        return new BareEngineBaseline(engine);
    }

    /** The platform's shape: three data steps each followed by a partial evaluation, the full one, the plan, approval. */
    static BpmnModelInstance process() {
        String noOp = NoOpStep.class.getName();
        return Bpmn.createExecutableProcess(PROCESS)
                .startEvent()
                .userTask("medicalHistory")
                .serviceTask("evaluateAfterHistory").camundaClass(noOp)
                .userTask("physicalExam")
                .serviceTask("evaluateAfterExam").camundaClass(noOp)
                .userTask("investigations")
                .serviceTask("evaluateAfterInvestigations").camundaClass(noOp)
                .serviceTask("fullEvaluation").camundaClass(noOp)
                .serviceTask("personalizedPlan").camundaClass(noOp)
                .userTask("planApproval")
                .endEvent()
                .done();
    }

    /** One complete case. */
    public void runCase(int caseNumber) {
        String processInstanceId = runtime.startProcessInstanceByKey(PROCESS, "case-" + caseNumber,
                Map.of("caseNumber", caseNumber)).getId();
        for (int step = 0; step < 4; step++) {
            Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
            if (task == null) {
                throw new IllegalStateException("case " + caseNumber + " has no task at step " + (step + 1));
            }
            tasks.complete(task.getId());
        }
    }

    /** Cases the history holds as ended: the check that every case ran to its end. */
    public long endedCases() {
        HistoryService history = engine.getHistoryService();
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).finished().count();
    }

    /** W warm-up cases, then N measured; cases per second of the measured ones. */
    public double measure(Clients clients, int warmUp, int cases) {
        clients.run(0, warmUp, this::runCase);
        long nanos = clients.run(warmUp, cases, this::runCase);
        long ended = endedCases();
        if (ended != warmUp + cases) {
            throw new IllegalStateException("the baseline ended " + ended + " cases of " + (warmUp + cases));
        }
        return Clients.perSecond(cases, nanos);
    }

    @Override
    public void close() {
        engine.close();
    }

    private static void recreate(String serverUrl, String user, String password, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _ (got "
                    + database + ")");
        }
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + serverUrl + ": "
                    + e.getMessage(), e);
        }
    }

    /** A service task that does nothing: the engine's own cost of a step. */
    public static final class NoOpStep implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // nothing: the baseline measures the engine, not the work
        }
    }
}
