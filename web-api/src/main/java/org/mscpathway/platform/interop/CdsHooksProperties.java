package org.mscpathway.platform.interop;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The CDS Hooks service's settings ({@code msc.cds-hooks}, defaults in application.yml).
 *
 * @param openCaseUrl        where a card's link sends the clinician to open a screening case
 * @param indication         the indication screened for
 * @param allowedFhirServers FHIR base URLs the service may read missing prefetch data from; empty: never fetch
 * @param fetchTimeout       how long one read from the EHR's FHIR server may take
 */
@ConfigurationProperties("msc.cds-hooks")
record CdsHooksProperties(URI openCaseUrl, String indication, List<URI> allowedFhirServers, Duration fetchTimeout) {

    CdsHooksProperties {
        allowedFhirServers = allowedFhirServers == null ? List.of() : List.copyOf(allowedFhirServers);
    }
}
