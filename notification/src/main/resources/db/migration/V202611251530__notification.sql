-- In-app notifications: one row per (event, recipient). The unique constraint is what makes a redelivered
-- or duplicated case event tell nobody twice.
CREATE TABLE msc.notification (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid         NOT NULL,
    recipient   varchar(128) NOT NULL,
    type        varchar(32)  NOT NULL,
    case_id     uuid         NOT NULL,
    step        varchar(32),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    read_at     timestamptz,
    CONSTRAINT notification_once_per_event_and_recipient UNIQUE (event_id, recipient)
);
CREATE INDEX notification_inbox_idx ON msc.notification (recipient, created_at DESC, id DESC);

-- Emails wait here, written in the same transaction as the in-app notification, until SMTP accepts them.
-- Ids, codes and a link only: the body never holds patient data.
CREATE TABLE msc.email_outbox (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        uuid         NOT NULL,
    recipient       varchar(128) NOT NULL,
    address         varchar(320) NOT NULL,
    subject         varchar(200) NOT NULL,
    body            text         NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    last_error      varchar(500),
    sent_at         timestamptz,
    CONSTRAINT email_once_per_event_and_recipient UNIQUE (event_id, recipient)
);
CREATE INDEX email_outbox_due_idx ON msc.email_outbox (next_attempt_at) WHERE sent_at IS NULL;
