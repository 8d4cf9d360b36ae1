-- Worklists page through the open cases, newest first (docs/performance.md, growth): closed cases pile up for
-- years while the open ones stay a working set, so this index stays small and a worklist's page reads a page of
-- rows, whatever the number of cases closed before it.
CREATE INDEX screening_case_open_idx ON msc.screening_case (opened_at DESC, id) WHERE status = 'OPEN';
