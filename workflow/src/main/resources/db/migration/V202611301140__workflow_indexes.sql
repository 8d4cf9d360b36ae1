-- The board lists cases newest first, and the dashboard counts the cases opened in a period: both read
-- screening_case by opened_at, which without this index is a scan of every case ever opened (docs/performance.md,
-- growth).
CREATE INDEX screening_case_opened_idx ON msc.screening_case (opened_at DESC, id);
