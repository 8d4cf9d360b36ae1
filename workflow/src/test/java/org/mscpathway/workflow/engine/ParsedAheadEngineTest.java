package org.mscpathway.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.mscpathway.workflow.testapp.WorkflowTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine every other workflow test drives is the one built on the mappings parsed ahead. */
@WorkflowTest
class ParsedAheadEngineTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Test
    void theEngineRunsOnTheMappingsParsedBeforeTheContext() {
        assertThat(configuration).isInstanceOfSatisfying(ParsedAheadEngineConfiguration.class,
                engine -> assertThat(engine.mappingsParsedAhead()).isTrue());
        assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    }
}
