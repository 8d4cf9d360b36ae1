-- Test stand-in for the workflow module's msc.screening_case: the columns notification reads (opened_by, team) and
-- the patient data that must never reach an email.
CREATE TABLE msc.screening_case (
    id        uuid PRIMARY KEY,
    opened_by varchar(128) NOT NULL,
    team      varchar(40)  NOT NULL DEFAULT 'main',
    patient   jsonb        NOT NULL
);
