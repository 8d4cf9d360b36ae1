package org.mscpathway.workflow.pathway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a user task may stay open before it is escalated with a TaskOverdue event.
 *
 * @param dataSteps history, exam, investigations and missing data (coordinator steps)
 * @param approval  ineligibility review and plan approval (physician steps)
 */
@ConfigurationProperties("msc.pathway.sla")
public record PathwaySla(@DefaultValue("72h") Duration dataSteps, @DefaultValue("48h") Duration approval) {
}
