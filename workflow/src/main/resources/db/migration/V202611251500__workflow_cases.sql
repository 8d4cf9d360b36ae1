-- The platform's own tables live in schema msc; Camunda keeps its tables in public.

CREATE TABLE msc.screening_case (
    id                  uuid PRIMARY KEY,
    indication          varchar(64)  NOT NULL,
    status              varchar(16)  NOT NULL,
    current_step        varchar(32),
    ruleset_version     varchar(32)  NOT NULL,
    opened_by           varchar(128) NOT NULL,
    opened_at           timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    closed_at           timestamptz,
    step_entered_at     timestamptz,
    overdue             boolean      NOT NULL DEFAULT false,
    -- Patient data, as validated JSON sections of the design's patient record.
    patient             jsonb        NOT NULL,
    medical_history     jsonb,
    physical_exam       jsonb,
    investigations      jsonb,
    overridden_rules    text[]       NOT NULL DEFAULT '{}',
    version             integer      NOT NULL DEFAULT 0,
    CONSTRAINT screening_case_status_chk CHECK (status IN ('OPEN', 'APPROVED', 'REJECTED', 'INELIGIBLE', 'WITHDRAWN'))
);
CREATE INDEX screening_case_board_idx ON msc.screening_case (status, current_step);

CREATE TABLE msc.case_assessment (
    id                  bigserial    PRIMARY KEY,
    case_id             uuid         NOT NULL REFERENCES msc.screening_case (id),
    step                varchar(32)  NOT NULL,
    mode                varchar(16)  NOT NULL,
    outcome             varchar(32)  NOT NULL,
    ruleset_version     varchar(32)  NOT NULL,
    body                jsonb        NOT NULL,
    assessed_at         timestamptz  NOT NULL
);
CREATE INDEX case_assessment_case_idx ON msc.case_assessment (case_id, id);

CREATE TABLE msc.treatment_plan (
    id                  bigserial    PRIMARY KEY,
    case_id             uuid         NOT NULL REFERENCES msc.screening_case (id),
    plan_version        integer      NOT NULL,
    body                jsonb        NOT NULL,
    drafted_by          varchar(128) NOT NULL,
    changes             jsonb        NOT NULL DEFAULT '[]',
    drafted_at          timestamptz  NOT NULL,
    UNIQUE (case_id, plan_version)
);

CREATE TABLE msc.physician_decision (
    id                  bigserial    PRIMARY KEY,
    case_id             uuid         NOT NULL REFERENCES msc.screening_case (id),
    decision            varchar(32)  NOT NULL,
    comment             text,
    plan_version        integer,
    consent_obtained_on date,
    consent_form_version varchar(64),
    plan_changes        jsonb,
    decided_by          varchar(128) NOT NULL,
    decided_at          timestamptz  NOT NULL,
    CONSTRAINT approval_needs_consent CHECK (decision <> 'APPROVE' OR (consent_obtained_on IS NOT NULL AND consent_form_version IS NOT NULL)),
    CONSTRAINT override_needs_justification CHECK (decision <> 'OVERRIDE' OR length(trim(coalesce(comment, ''))) > 0)
);
CREATE INDEX physician_decision_case_idx ON msc.physician_decision (case_id, id);

-- Transactional outbox: written in the same transaction as the state change, relayed to Kafka in order.
CREATE TABLE msc.outbox_event (
    seq                 bigserial    PRIMARY KEY,
    event_id            uuid         NOT NULL UNIQUE,
    case_id             uuid         NOT NULL,
    type                varchar(32)  NOT NULL,
    payload             jsonb        NOT NULL,
    occurred_at         timestamptz  NOT NULL,
    published_at        timestamptz
);
CREATE INDEX outbox_event_unpublished_idx ON msc.outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_case_idx ON msc.outbox_event (case_id, seq);
