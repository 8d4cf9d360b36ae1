-- An email SMTP will never take (a rejected or malformed address) or has not taken for too long is given up:
-- it stays in the table as a record, with the reason in last_error, and is never tried again.
ALTER TABLE msc.email_outbox ADD COLUMN abandoned_at timestamptz;

DROP INDEX msc.email_outbox_due_idx;
CREATE INDEX email_outbox_due_idx ON msc.email_outbox (next_attempt_at) WHERE sent_at IS NULL AND abandoned_at IS NULL;
