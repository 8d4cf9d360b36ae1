-- Care teams: every case belongs to one team (a site, a ward), and only that team's users see it.
-- The cases opened before teams existed join the default team, `main` (msc.teams.default's default), as every
-- account does (web-api's user teams), so a single-team installation keeps working without configuration.
ALTER TABLE msc.screening_case ADD COLUMN team varchar(40);
UPDATE msc.screening_case SET team = 'main';
ALTER TABLE msc.screening_case ALTER COLUMN team SET NOT NULL;
ALTER TABLE msc.screening_case ADD CONSTRAINT screening_case_team_chk CHECK (team ~ '^[a-z0-9-]{1,40}$');
CREATE INDEX screening_case_team_idx ON msc.screening_case (team, status, current_step);
