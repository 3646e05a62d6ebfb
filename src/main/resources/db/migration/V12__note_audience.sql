-- Who reads each note of the status history (SPEC §5; id.netra.casefile.Visibility.Audience): the handling office
-- only (HANDLING), also the offices above it and the examining agency (EXAMINING), or everyone who sees the case (ALL).
-- And room for every note: notes are composed from form fields of up to 20,000 characters (a plenary's or a
-- verifier's rejection, what a report is missing) or a withdrawal reason of up to 2,000, after a short prefix.

-- varchar to text needs no rewrite of the table.
ALTER TABLE case_status_history ALTER COLUMN note TYPE TEXT;
-- A constant default is kept in the catalogue, not written into each row: instant on a large history.
ALTER TABLE case_status_history ADD COLUMN audience VARCHAR(12) NOT NULL DEFAULT 'ALL'
    CONSTRAINT case_status_history_audience_check CHECK (audience IN ('HANDLING', 'EXAMINING', 'ALL'));

-- The rows of earlier releases, by the status they record, as the notes were written then:
--   AWAITING_COMPLETION: what the report is missing; WITHDRAWN: the reporter's reason       -> the handling office;
--   UNDER_ASSESSMENT: the plenary's reason for sending back, or the count of hearings;
--   CLOSED_NO_VIOLATION, FORWARDED_ELSEWHERE: the plenary's decision, the other route       -> the examined record;
--   the rest (register, letter and recommendation numbers, the follow-up, fixed texts)     -> everyone (the default).
-- The history is append-only: only this migration, as the table's owner and within its one transaction, lifts the
-- trigger for the rows whose audience is not the default.
ALTER TABLE case_status_history DISABLE TRIGGER case_status_history_append_only;
UPDATE case_status_history
SET audience = CASE WHEN to_status IN ('AWAITING_COMPLETION', 'WITHDRAWN') THEN 'HANDLING' ELSE 'EXAMINING' END
WHERE note IS NOT NULL
  AND to_status IN ('AWAITING_COMPLETION', 'WITHDRAWN', 'UNDER_ASSESSMENT', 'CLOSED_NO_VIOLATION', 'FORWARDED_ELSEWHERE');
ALTER TABLE case_status_history ENABLE TRIGGER case_status_history_append_only;

-- From now on the application says who reads each note it writes.
ALTER TABLE case_status_history ALTER COLUMN audience DROP DEFAULT;
