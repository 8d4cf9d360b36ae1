-- Who read which case's patient data, when and through what (issue 12.7). Append-only like the audit trail.
CREATE TABLE msc.patient_data_access (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accessed_at timestamptz  NOT NULL DEFAULT clock_timestamp(),
    username    varchar(100) NOT NULL,
    roles       text[]       NOT NULL,
    case_id     uuid         NOT NULL,
    channel     varchar(100) NOT NULL
);
CREATE INDEX patient_data_access_by_case ON msc.patient_data_access (case_id, id);

CREATE TRIGGER patient_data_access_no_update_or_delete
    BEFORE UPDATE OR DELETE ON msc.patient_data_access
    FOR EACH ROW EXECUTE FUNCTION msc.refuse_audit_change();

CREATE TRIGGER patient_data_access_no_truncate
    BEFORE TRUNCATE ON msc.patient_data_access
    FOR EACH STATEMENT EXECUTE FUNCTION msc.refuse_audit_change();

REVOKE UPDATE, DELETE, TRUNCATE ON msc.patient_data_access FROM PUBLIC;
