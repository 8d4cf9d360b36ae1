-- Each assessment keeps its main finding (the first finding of the highest severity, chosen in Java by
-- MainFinding.of when the assessment is stored), so the timeline and notifications read it instead of working it
-- out again from the JSON body. Rows stored before this version get it from their body once, here.
ALTER TABLE msc.case_assessment
    ADD COLUMN main_finding_rule  varchar(64),
    ADD COLUMN main_finding_title text;

UPDATE msc.case_assessment a
   SET main_finding_rule = main.rule, main_finding_title = main.title
  FROM (SELECT DISTINCT ON (x.id) x.id, f.value ->> 'ruleId' AS rule, f.value ->> 'title' AS title
          FROM msc.case_assessment x
               CROSS JOIN LATERAL jsonb_array_elements(
                   CASE WHEN jsonb_typeof(x.body -> 'findings') = 'array' THEN x.body -> 'findings' ELSE '[]'::jsonb END)
                   WITH ORDINALITY AS f(value, position)
         WHERE f.value ->> 'severity' IN ('ABSOLUTE', 'RELATIVE', 'PRECAUTION')
         ORDER BY x.id, array_position(ARRAY['ABSOLUTE', 'RELATIVE', 'PRECAUTION'], f.value ->> 'severity'),
                  f.position) main
 WHERE main.id = a.id;
