package org.mscpathway.notification.testapp;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mscpathway.notification.routing.CaseDirectory;

/** The cases as web-api would look them up in the workflow: opened by a coordinator in a care team. */
public class InMemoryCases implements CaseDirectory {

    private final Map<UUID, CaseContacts> cases = new ConcurrentHashMap<>();

    public UUID open(String coordinator, String team) {
        UUID caseId = UUID.randomUUID();
        cases.put(caseId, new CaseContacts(coordinator, team));
        return caseId;
    }

    @Override
    public Optional<CaseContacts> contactsOf(UUID caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }
}
