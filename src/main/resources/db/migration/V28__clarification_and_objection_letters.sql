-- The examining agency's request for clarification and its answer to a PPK's objection are letters too: they join the
-- case's letters ("Surat yang diterbitkan") under their own kinds. Their numbers are typed by the examining agency
-- and, like the escalation's letters, may name several persons at once: not unique across cases.
DROP INDEX case_letter_number_idx;
CREATE UNIQUE INDEX case_letter_number_idx ON case_letter (kind, number)
    WHERE kind NOT IN ('ESCALATION', 'WARNING', 'PERSONNEL_DATA_BLOCK', 'CLARIFICATION_REQUEST', 'OBJECTION_ANSWER');

-- The requests and answers recorded before this release, as they were sent.
INSERT INTO case_letter (case_id, person_id, kind, number, issued_at, issued_by)
SELECT case_id, person_id, 'CLARIFICATION_REQUEST', letter_number, requested_at, requested_by
FROM examination_clarification
ORDER BY requested_at;

INSERT INTO case_letter (case_id, person_id, kind, number, issued_at, issued_by)
SELECT case_id, person_id, 'OBJECTION_ANSWER', payload ->> 'answerLetterNumber', decided_at, decided_by
FROM case_decision
WHERE task_key = 'objectionAnswer' AND payload ->> 'answerLetterNumber' IS NOT NULL
ORDER BY id;
