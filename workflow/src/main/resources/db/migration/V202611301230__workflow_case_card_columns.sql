-- What a worklist row shows beside the pathway state, kept on the case row so that a page of rows stays one indexed
-- read of msc.screening_case (docs/performance.md): the patient's MRN, birth date (the age is the reader's today's)
-- and sex, written when the case is opened; the latest assessment's outcome and mode (a PARTIAL one is provisional)
-- and its main finding (the first finding of the highest severity: its rule, severity and English title, which
-- pages translate), written with the assessment in the same transaction. Null where nothing is known yet.
-- IF NOT EXISTS and the idempotent updates below let a test run this file again on rows it inserts the old way.
ALTER TABLE msc.screening_case
    ADD COLUMN IF NOT EXISTS mrn                   text,
    ADD COLUMN IF NOT EXISTS patient_birth_date    date,
    ADD COLUMN IF NOT EXISTS patient_sex           varchar(16),
    ADD COLUMN IF NOT EXISTS assessed_outcome      varchar(32),
    ADD COLUMN IF NOT EXISTS assessment_mode       varchar(16),
    ADD COLUMN IF NOT EXISTS main_finding_rule     varchar(64),
    ADD COLUMN IF NOT EXISTS main_finding_severity varchar(16),
    ADD COLUMN IF NOT EXISTS main_finding_title    text;

-- Existing cases, from their stored JSON (validated when stored; anything unexpected stays null, shown as "—").
UPDATE msc.screening_case
   SET mrn = CASE WHEN jsonb_typeof(patient -> 'reference') = 'string' THEN patient ->> 'reference' END,
       patient_birth_date = CASE WHEN patient ->> 'birthDate' ~ '^\d{4}-\d{2}-\d{2}$'
                                 THEN CAST(patient ->> 'birthDate' AS date) END,
       patient_sex = CASE WHEN upper(patient ->> 'sex') IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')
                          THEN upper(patient ->> 'sex') END
 WHERE mrn IS NULL;

UPDATE msc.screening_case c
   SET assessed_outcome = latest.outcome, assessment_mode = latest.mode
  FROM (SELECT DISTINCT ON (case_id) case_id, outcome, mode FROM msc.case_assessment ORDER BY case_id, id DESC) latest
 WHERE latest.case_id = c.id AND c.assessed_outcome IS NULL;

UPDATE msc.screening_case c
   SET main_finding_rule = main.rule, main_finding_severity = main.severity, main_finding_title = main.title
  FROM (SELECT DISTINCT ON (a.case_id) a.case_id, f.value ->> 'ruleId' AS rule, f.value ->> 'severity' AS severity,
               f.value ->> 'title' AS title
          FROM (SELECT DISTINCT ON (case_id) case_id, body FROM msc.case_assessment ORDER BY case_id, id DESC) a
               CROSS JOIN LATERAL jsonb_array_elements(
                   CASE WHEN jsonb_typeof(a.body -> 'findings') = 'array' THEN a.body -> 'findings' ELSE '[]'::jsonb END)
                   WITH ORDINALITY AS f(value, position)
         WHERE f.value ->> 'severity' IN ('ABSOLUTE', 'RELATIVE', 'PRECAUTION')
         ORDER BY a.case_id,
                  array_position(ARRAY['ABSOLUTE', 'RELATIVE', 'PRECAUTION'], f.value ->> 'severity'), f.position) main
 WHERE main.case_id = c.id AND c.main_finding_rule IS NULL;
