package org.mscpathway.platform.notifications;

import java.util.Optional;
import java.util.UUID;
import org.mscpathway.notification.routing.CaseDirectory;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.stereotype.Component;

/** The cases as the notification module sees them, through the workflow's API (the workflow owns their table). */
@Component
record PathwayCaseDirectory(ScreeningCases cases) implements CaseDirectory {

    @Override
    public Optional<CaseContacts> contactsOf(UUID caseId) {
        return cases.openedBy(caseId)
                .flatMap(coordinator -> cases.teamOf(caseId).map(team -> new CaseContacts(coordinator, team)));
    }
}
