package org.mscpathway.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * How the process engine is built: the starter's configuration, with the mappings parsed ahead and the lean history.
 * Runs before the starter's auto-configuration so that the starter's own engine configuration stands aside.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
public class EngineAutoConfiguration {

    /** The starter's {@code processEngineConfigurationImpl}, built the same way, on the mappings parsed ahead. */
    @Bean
    @ConditionalOnMissingBean(ProcessEngineConfigurationImpl.class)
    ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins,
            @Qualifier(ParseMappingsAhead.BEAN) ObjectProvider<CamundaMappings> mappings) {
        SpringProcessEngineConfiguration configuration =
                CamundaSpringBootUtil.initCustomFields(new ParsedAheadEngineConfiguration(mappings.getIfAvailable()));
        configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
        return configuration;
    }

    /** History rows nobody reads are not written ({@code msc.workflow.lean-history=false} writes them all). */
    @Bean
    @ConditionalOnProperty(name = "msc.workflow.lean-history", matchIfMissing = true)
    LeanHistory leanHistory() {
        return new LeanHistory();
    }
}
