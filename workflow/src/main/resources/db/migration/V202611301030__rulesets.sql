-- Ruleset governance: every version of the rule catalogue, as the document governance wrote and approved.
-- The document is kept as text (not jsonb) so that it reads back exactly as written, in the shipped file's format.
CREATE TABLE msc.ruleset (
    version             varchar(32)  PRIMARY KEY,
    based_on            varchar(32)  REFERENCES msc.ruleset (version),
    state               varchar(16)  NOT NULL,
    catalogue           text         NOT NULL,
    summary             text         NOT NULL,
    author              varchar(128) NOT NULL,
    approver            varchar(128),
    drafted_at          timestamptz  NOT NULL,
    approved_at         timestamptz,
    effective_at        timestamptz,
    retired_at          timestamptz,
    CONSTRAINT ruleset_state_chk CHECK (state IN ('DRAFT', 'APPROVED', 'ACTIVE', 'RETIRED')),
    -- four eyes: the approver is never the author (the seeded shipped version is the system's, unapproved)
    CONSTRAINT ruleset_four_eyes_chk CHECK (approver IS NULL OR approver <> author),
    CONSTRAINT ruleset_approved_chk CHECK (state = 'DRAFT' OR approver IS NOT NULL OR author = 'system')
);
CREATE UNIQUE INDEX ruleset_one_active_idx ON msc.ruleset ((true)) WHERE state = 'ACTIVE';

-- Ruleset events concern no case: they carry the ruleset version instead (and Kafka key it by that version).
ALTER TABLE msc.outbox_event ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE msc.outbox_event ADD COLUMN ruleset_version varchar(32);
ALTER TABLE msc.outbox_event ADD CONSTRAINT outbox_event_subject_chk
    CHECK ((case_id IS NULL) <> (ruleset_version IS NULL));
