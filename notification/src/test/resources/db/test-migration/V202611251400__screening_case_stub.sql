-- Test stand-in for the workflow module's msc.screening_case: the column notification reads (opened_by) and the
-- patient data that must never reach an email.
CREATE TABLE msc.screening_case (
    id        uuid PRIMARY KEY,
    opened_by varchar(128) NOT NULL,
    patient   jsonb        NOT NULL
);
