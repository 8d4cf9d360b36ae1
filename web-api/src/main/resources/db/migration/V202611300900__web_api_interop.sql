-- A FHIR import waiting for the coordinator's confirmation: the sections built from a Bundle and what could not be
-- mapped. It fills the step forms; nothing reaches the case until the coordinator submits a step. One per case,
-- replaced by a newer import.
CREATE TABLE msc.fhir_import_draft (
    case_id     uuid         PRIMARY KEY REFERENCES msc.screening_case (id),
    sections    jsonb        NOT NULL,
    unmapped    jsonb        NOT NULL,
    imported_by varchar(100) NOT NULL,
    imported_at timestamptz  NOT NULL
);

-- The CDS Hooks cards this service returned: what each was about (a rule id or a data topic), never patient data,
-- so that an EHR's feedback can be read against them.
CREATE TABLE msc.cds_card (
    uuid          uuid         PRIMARY KEY,
    service_id    varchar(100) NOT NULL,
    hook          varchar(50)  NOT NULL,
    hook_instance varchar(100) NOT NULL,
    topic         varchar(100) NOT NULL,
    indicator     varchar(20)  NOT NULL,
    issued_to     varchar(100) NOT NULL,
    issued_at     timestamptz  NOT NULL
);

-- What the clinician did with a card, as the EHR reported it.
CREATE TABLE msc.cds_feedback (
    id                      bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    card_uuid               uuid         NOT NULL REFERENCES msc.cds_card (uuid),
    outcome                 varchar(20)  NOT NULL CHECK (outcome IN ('accepted', 'overridden')),
    override_reason_code    varchar(100),
    override_reason_display varchar(500),
    user_comment            text,
    outcome_at              timestamptz  NOT NULL,
    recorded_by             varchar(100) NOT NULL,
    recorded_at             timestamptz  NOT NULL
);

CREATE INDEX cds_feedback_by_card ON msc.cds_feedback (card_uuid);
