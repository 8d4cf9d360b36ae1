package org.mscpathway.bench.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContraindicationTableTest {

    private final ContraindicationTable table = ContraindicationTable.ruleset20262();

    @ParameterizedTest
    @CsvSource({
            "p01-eligible-knee-oa, feel-scala, one-table", "p01-eligible-knee-oa, feel-juel, per-group",
            "p11-heart-failure-nyha-3, feel-scala, per-group", "p11-heart-failure-nyha-3, feel-juel, one-table"})
    void theTableFiresExactlyTheContraindicationsTheEvaluatorFinds(String scenario, String feel, String shape)
            throws Exception {
        EvaluatorVersusDmnBenchmark.Table state = new EvaluatorVersusDmnBenchmark.Table();
        state.scenario = scenario;
        state.feel = feel;
        state.shape = shape;

        state.build(); // refuses when the table and the evaluator disagree

        assertThat(EvaluatorVersusDmnBenchmark.fired(EvaluatorVersusDmnBenchmark.evaluate(state.engine,
                state.decisions, state.facts)))
                .isEqualTo(scenario.startsWith("p11") ? java.util.Set.of("CARD-LVEF-SEVERE", "CARD-NYHA-SEVERE")
                        : java.util.Set.of());
    }

    @ParameterizedTest
    @CsvSource({"feel-scala", "feel-juel"})
    void boundariesFollowTheCatalogue(String feel) {
        assertThat(fired(feel, Map.of("temperatureC", 38.0, "platelets10e9L", 20.0, "lvefPercent", 35.0)))
                .containsExactlyInAnyOrder("INF-FEVER", "COAG-PLATELETS-LOW", "CARD-LVEF-REDUCED");
        assertThat(fired(feel, Map.of("temperatureC", 37.9, "platelets10e9L", 19.9, "lvefPercent", 34.9)))
                .containsExactlyInAnyOrder("COAG-PLATELETS-SEVERE", "CARD-LVEF-SEVERE");
    }

    @ParameterizedTest
    @CsvSource({"feel-scala", "feel-juel"})
    void routeDecidesBetweenTheTwoHypoxaemiaRules(String feel) {
        assertThat(fired(feel, Map.of("spo2Percent", 84, "route", "intravenous")))
                .containsExactly("ORG-HYPOXAEMIA-INTRAVENOUS");
        assertThat(fired(feel, Map.of("spo2Percent", 84, "route", "intra-articular")))
                .containsExactly("ORG-HYPOXAEMIA");
    }

    /** Every column null or false, then {@code facts}. */
    private List<String> fired(String feel, Map<String, Object> facts) {
        Map<String, Object> all = new java.util.HashMap<>();
        table.inputs().forEach(input -> all.put(input.name(), "boolean".equals(input.typeRef()) ? Boolean.FALSE : null));
        all.put("egfrKnown", Boolean.TRUE);
        all.putAll(facts);
        DmnEngine engine = EvaluatorVersusDmnBenchmark.engine(feel);
        DmnDecision decision = engine.parseDecision(ContraindicationTable.DECISION,
                new ByteArrayInputStream(table.toXml(false).getBytes(StandardCharsets.UTF_8)));
        return engine.evaluateDecisionTable(decision, Variables.fromMap(all)).collectEntries("ruleId");
    }
}
