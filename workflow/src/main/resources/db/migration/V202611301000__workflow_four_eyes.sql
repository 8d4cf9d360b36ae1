-- Four-eyes (issue 12.3): who entered each data section, overrides awaiting a second physician, and who
-- confirmed an override.

CREATE TABLE msc.case_contribution (
    id                  bigserial    PRIMARY KEY,
    case_id             uuid         NOT NULL REFERENCES msc.screening_case (id),
    step                varchar(32)  NOT NULL,
    entered_by          varchar(128) NOT NULL,
    entered_at          timestamptz  NOT NULL
);
CREATE INDEX case_contribution_case_idx ON msc.case_contribution (case_id, entered_by);

-- At most one override per case waits for confirmation; it is removed when confirmed or when the ineligibility
-- is confirmed instead (the decision log and the audit trail keep both).
CREATE TABLE msc.override_proposal (
    case_id             uuid         PRIMARY KEY REFERENCES msc.screening_case (id),
    proposed_by         varchar(128) NOT NULL,
    justification       text         NOT NULL,
    proposed_at         timestamptz  NOT NULL
);

ALTER TABLE msc.physician_decision ADD COLUMN confirmed_by varchar(128);
ALTER TABLE msc.physician_decision ADD CONSTRAINT override_needs_second_physician
    CHECK (decision <> 'OVERRIDE' OR (confirmed_by IS NOT NULL AND confirmed_by <> decided_by)) NOT VALID;
