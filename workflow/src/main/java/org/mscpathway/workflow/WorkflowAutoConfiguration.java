package org.mscpathway.workflow;

import java.nio.file.Path;
import java.time.Clock;
import org.mscpathway.screening.Screening;
import org.mscpathway.workflow.engine.LeanHistory;
import org.mscpathway.workflow.outbox.Outbox;
import org.mscpathway.workflow.pathway.PathwaySla;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.pathway.RulesetSource;
import org.mscpathway.workflow.pathway.Rulesets;
import org.mscpathway.workflow.ruleset.RulesetGovernance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The screening pathway: the process engine's delegates, the case store and the outbox. Any Spring Boot
 * application with this module on its class path (and a PostgreSQL DataSource) runs the pathway.
 */
@AutoConfiguration
@ComponentScan(basePackageClasses = {ScreeningCases.class, Outbox.class, RulesetGovernance.class})
@EnableConfigurationProperties(PathwaySla.class)
public class WorkflowAutoConfiguration {

    /** History rows nobody reads are not written ({@code msc.workflow.lean-history=false} writes them all). */
    @Bean
    @ConditionalOnProperty(name = "msc.workflow.lean-history", matchIfMissing = true)
    LeanHistory leanHistory() {
        return new LeanHistory();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * The shipped catalogue, or the site's own file named by {@code msc.screening.catalogue}: stored as the first
     * active version of a new database; governance activates the versions after it.
     */
    @Bean
    @ConditionalOnMissingBean
    Screening screening(@Value("${msc.screening.catalogue:}") String catalogueFile) {
        return catalogueFile.isBlank() ? Screening.withDefaultCatalogue()
                : Screening.withCatalogue(Path.of(catalogueFile));
    }

    @Bean
    @ConditionalOnMissingBean
    Rulesets rulesets(Screening screening, RulesetSource stored) {
        return new Rulesets(screening, stored);
    }
}
