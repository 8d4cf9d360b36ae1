package org.mscpathway.workflow.ruleset;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Ruleset governance's beans, listed rather than scanned. */
@Configuration(proxyBeanMethods = false)
@Import({RulesetGovernance.class, RulesetStore.class, ShippedRulesetSeed.class})
public class RulesetConfiguration {
}
