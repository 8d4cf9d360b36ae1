package org.mscpathway.interop.cdshooks;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * @param openCaseUrl       where a card's link sends the clinician to open a screening case
 * @param indication        the indication screened for (its route decides the route-specific rules)
 * @param allowedFhirServers base URLs the service may fetch missing prefetch data from; a request naming another
 *                          {@code fhirServer} is not followed (no request may make this server call arbitrary URLs);
 *                          empty: never fetch
 */
public record CdsSettings(URI openCaseUrl, String indication, List<URI> allowedFhirServers) {

    public CdsSettings {
        Objects.requireNonNull(openCaseUrl, "openCaseUrl");
        Objects.requireNonNull(indication, "indication");
        allowedFhirServers = List.copyOf(allowedFhirServers);
    }

    boolean mayFetchFrom(URI fhirServer) {
        String target = withSlash(fhirServer.normalize().toString());
        return allowedFhirServers.stream().anyMatch(allowed -> target.startsWith(withSlash(allowed.normalize().toString())));
    }

    static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
