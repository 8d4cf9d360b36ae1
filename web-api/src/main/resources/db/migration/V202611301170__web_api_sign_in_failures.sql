-- Failed sign-ins shared by every instance, so that a cluster throttles an account or address as one (issue 12.6).
-- Keys are SHA-256 digests: an attempted user name may be a mistyped password and is not kept in clear here.
-- A row with cleared = true records a successful sign-in, which clears the account's failures on every instance.
CREATE TABLE msc.sign_in_failure (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    throttle_key char(64)    NOT NULL,
    failed_at    timestamptz NOT NULL,
    cleared      boolean     NOT NULL DEFAULT false,
    instance_id  uuid        NOT NULL
);
CREATE INDEX sign_in_failure_by_time ON msc.sign_in_failure (failed_at);
