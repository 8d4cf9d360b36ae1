-- Care teams: the teams (sites, wards) an account works in; a user sees and acts on its teams' cases only.
-- Every account of an installation that predates teams joins the default team, `main` (msc.teams.default's
-- default), as every existing case does (workflow's case team): a single-team installation needs no configuration.
CREATE TABLE msc.platform_user_team (
    username varchar(100) NOT NULL REFERENCES msc.platform_user (username) ON DELETE CASCADE,
    team     varchar(40)  NOT NULL CHECK (team ~ '^[a-z0-9-]{1,40}$'),
    PRIMARY KEY (username, team)
);
INSERT INTO msc.platform_user_team (username, team) SELECT username, 'main' FROM msc.platform_user;
