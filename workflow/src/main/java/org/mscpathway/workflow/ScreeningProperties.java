package org.mscpathway.workflow;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param catalogue a site's own rule catalogue file; empty means the catalogue shipped with the platform */
@ConfigurationProperties("msc.screening")
public record ScreeningProperties(Path catalogue) {
}
