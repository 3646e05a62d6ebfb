-- The plenary's parallel forwarding to the Gakkumdu centre (its letter number typed at the plenary) is one of the
-- case's letters too, under its own kind. The number is typed by the office, and one letter may forward several
-- cases: not unique across cases, like the other typed letters.
DROP INDEX case_letter_number_idx;
CREATE UNIQUE INDEX case_letter_number_idx ON case_letter (kind, number)
    WHERE kind NOT IN ('ESCALATION', 'WARNING', 'PERSONNEL_DATA_BLOCK', 'CLARIFICATION_REQUEST', 'OBJECTION_ANSWER',
                       'GAKKUMDU_FORWARDING');

-- The forwardings recorded before this release, as the plenary decided them.
INSERT INTO case_letter (case_id, kind, number, issued_at, issued_by)
SELECT case_id, 'GAKKUMDU_FORWARDING', payload ->> 'gakkumduLetterNumber', decided_at, decided_by
FROM case_decision
WHERE task_key = 'plenaryDecision' AND outcome = 'APPROVED' AND payload ->> 'gakkumduForwarded' = 'true'
  AND payload ->> 'gakkumduLetterNumber' IS NOT NULL
ORDER BY id;
