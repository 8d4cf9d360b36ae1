package org.mscpathway.platform.security;

import org.mscpathway.workflow.pathway.CareTeams;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * @param defaultTeam {@code msc.teams.default}: the care team of a single-team installation. Demo accounts, accounts
 *                    created without {@code teams} and bearer tokens without a teams claim work in it.
 */
@ConfigurationProperties("msc.teams")
public record TeamSettings(@Name("default") String defaultTeam) {

    public TeamSettings {
        if (!CareTeams.isName(defaultTeam)) {
            throw new IllegalArgumentException("msc.teams.default must be 1 to 40 characters of a-z, 0-9 and '-'");
        }
    }

    public CareTeams defaultTeams() {
        return CareTeams.of(defaultTeam);
    }
}
