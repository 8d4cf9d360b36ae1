package org.mscpathway.workflow;

import java.time.Clock;
import org.mscpathway.screening.Screening;
import org.mscpathway.workflow.outbox.OutboxConfiguration;
import org.mscpathway.workflow.pathway.PathwayConfiguration;
import org.mscpathway.workflow.pathway.RulesetSource;
import org.mscpathway.workflow.pathway.Rulesets;
import org.mscpathway.workflow.ruleset.RulesetConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The screening pathway: the process engine's delegates, the case store and the outbox. Any Spring Boot
 * application with this module on its class path (and a PostgreSQL DataSource) runs the pathway.
 */
@AutoConfiguration
@Import({PathwayConfiguration.class, OutboxConfiguration.class, RulesetConfiguration.class})
@EnableConfigurationProperties(ScreeningProperties.class)
public class WorkflowAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WorkflowAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * The evaluator every part of the platform shares, defined here only: the shipped catalogue, or the site's own
     * file named by {@code msc.screening.catalogue} (an invalid file stops the start with every bad key named). It is
     * stored as the first active version of a new database; governance activates the versions after it.
     */
    @Bean
    @ConditionalOnMissingBean
    Screening screening(ScreeningProperties properties) {
        Screening screening = properties.catalogue() == null
                ? Screening.withDefaultCatalogue()
                : Screening.withCatalogue(properties.catalogue());
        log.info("Screening with ruleset {} ({})", screening.rulesetVersion(),
                properties.catalogue() == null ? "the catalogue shipped with the platform" : properties.catalogue());
        return screening;
    }

    @Bean
    @ConditionalOnMissingBean
    Rulesets rulesets(Screening screening, RulesetSource stored) {
        return new Rulesets(screening, stored);
    }
}
