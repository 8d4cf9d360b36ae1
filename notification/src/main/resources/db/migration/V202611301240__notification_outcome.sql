-- The event's outcome code (INELIGIBLE, INCOMPLETE, APPROVED, a plan version), so that the bell says what a
-- notification is about ("needs your ineligibility review", "closed: approved"). A code, never patient data;
-- notifications made before this column have none and are described by the case's state instead.
ALTER TABLE msc.notification ADD COLUMN outcome varchar(32);
