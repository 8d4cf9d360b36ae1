-- The engine's user task a case waits in, kept by the task listener that already records the step: completing a
-- step then reads the task by id instead of querying the engine by business key (docs/performance.md). Null for a
-- closed case, and for a case that entered its step before this column existed (found by business key then).
ALTER TABLE msc.screening_case ADD COLUMN current_task_id varchar(64);
