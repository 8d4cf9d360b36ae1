package org.mscpathway.bench.evaluator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.record.PatientRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * screening-core's full evaluation of a complete record against a Camunda 7.24 DMN decision table of the same
 * ABSOLUTE and RELATIVE rules ({@link ContraindicationTable}) on facts extracted beforehand. The evaluator reads the
 * record itself (code sets, windows, units, missing data, evidence, PRECAUTIONs and the plan); the table only
 * compares extracted facts with thresholds, so the comparison favours DMN. Set-up refuses to run unless the table
 * fires exactly the ABSOLUTE and RELATIVE rules the evaluator finds for the record.
 *
 * <p>DMN configurations: {@code feel-scala} is the engine's default (FEEL engine 1.19.3, Scala 2.13, that
 * camunda-engine-feel-scala 7.24.0 ships); {@code feel-juel} is the legacy behaviour
 * ({@code enableFeelLegacyBehavior}: simple FEEL unary tests compiled to JUEL, input expressions in JUEL).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluatorVersusDmnBenchmark {

    static final LocalDate ASSESSMENT_DATE = LocalDate.of(2026, 11, 25);

    @State(Scope.Benchmark)
    public static class Record {
        @Param({"p01-eligible-knee-oa", "p11-heart-failure-nyha-3"})
        public String scenario;

        Screening screening;
        PatientRecord record;

        @Setup
        public void read() throws IOException {
            screening = Screening.withDefaultCatalogue();
            record = read(screening, scenario);
        }

        static PatientRecord read(Screening screening, String scenario) throws IOException {
            Clock clock = Clock.fixed(ASSESSMENT_DATE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            try (InputStream in = EvaluatorVersusDmnBenchmark.class.getResourceAsStream("/bench/" + scenario + ".json")) {
                if (in == null) {
                    throw new IOException("no scenario /bench/" + scenario + ".json on the class path");
                }
                JsonNode file = PatientRecordReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                return new PatientRecordReader(clock, screening).read(file.get("record"));
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Table {
        @Param({"p01-eligible-knee-oa", "p11-heart-failure-nyha-3"})
        public String scenario;

        @Param({"feel-scala", "feel-juel"})
        public String feel;

        /** {@code one-table}: every rule in one table; {@code per-group}: one table per rule group, all evaluated. */
        @Param({"one-table", "per-group"})
        public String shape;

        DmnEngine engine;
        List<DmnDecision> decisions;
        VariableMap facts;

        @Setup
        public void build() throws IOException {
            ContraindicationTable table = ContraindicationTable.ruleset20262();
            engine = engine(feel);
            decisions = engine.parseDecisions(new ByteArrayInputStream(
                    table.toXml("per-group".equals(shape)).getBytes(StandardCharsets.UTF_8)));
            facts = Variables.fromMap(ExtractedFacts.of(scenario, table));
            Screening screening = Screening.withDefaultCatalogue();
            Set<String> expected = contraindications(screening.evaluate(Record.read(screening, scenario),
                    EvaluationMode.FULL));
            Set<String> fired = fired(evaluate(engine, decisions, facts));
            if (!fired.equals(expected)) {
                throw new IllegalStateException("the DMN table (" + feel + ", " + shape + ") fires " + fired
                        + " for " + scenario + ", the evaluator finds " + expected);
            }
        }
    }

    static List<DmnDecisionTableResult> evaluate(DmnEngine engine, List<DmnDecision> decisions, VariableMap facts) {
        List<DmnDecisionTableResult> results = new ArrayList<>(decisions.size());
        for (DmnDecision decision : decisions) {
            results.add(engine.evaluateDecisionTable(decision, facts));
        }
        return results;
    }

    static DmnEngine engine(String feel) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        switch (feel) {
            case "feel-scala" -> configuration.enableFeelLegacyBehavior(false);
            case "feel-juel" -> configuration.enableFeelLegacyBehavior(true);
            default -> throw new IllegalArgumentException("feel is feel-scala or feel-juel (got " + feel + ")");
        }
        return configuration.buildEngine();
    }

    static Set<String> contraindications(Assessment assessment) {
        Set<String> ids = new TreeSet<>();
        for (Finding finding : assessment.findings()) {
            if (finding.severity() == Severity.ABSOLUTE || finding.severity() == Severity.RELATIVE) {
                ids.add(finding.ruleId());
            }
        }
        return ids;
    }

    static Set<String> fired(List<DmnDecisionTableResult> results) {
        Set<String> ids = new TreeSet<>();
        results.forEach(result -> ids.addAll(result.<String>collectEntries("ruleId")));
        return ids;
    }

    @Benchmark
    public Assessment screeningCoreFullEvaluation(Record state) {
        return state.screening.evaluate(state.record, EvaluationMode.FULL);
    }

    @Benchmark
    public List<DmnDecisionTableResult> dmnDecisionTable(Table state) {
        return evaluate(state.engine, state.decisions, state.facts);
    }
}
