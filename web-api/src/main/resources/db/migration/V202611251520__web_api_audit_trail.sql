-- Who did what to which case, when, and how it ended. Append-only: never patient data, never updated or deleted.
CREATE TABLE msc.audit_entry (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz  NOT NULL DEFAULT clock_timestamp(),
    username    varchar(100) NOT NULL,
    roles       text[]       NOT NULL,
    action      varchar(200) NOT NULL,
    case_id     uuid,
    outcome     varchar(20)  NOT NULL CHECK (outcome IN ('OK', 'DENIED', 'INVALID', 'CONFLICT', 'FAILED'))
);

CREATE INDEX audit_entry_by_case ON msc.audit_entry (case_id, id) WHERE case_id IS NOT NULL;

-- The application's database user usually owns the table, so privileges alone would not stop it: a trigger does.
CREATE FUNCTION msc.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'msc.audit_entry is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON msc.audit_entry
    FOR EACH ROW EXECUTE FUNCTION msc.refuse_audit_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON msc.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION msc.refuse_audit_change();

REVOKE UPDATE, DELETE, TRUNCATE ON msc.audit_entry FROM PUBLIC;
