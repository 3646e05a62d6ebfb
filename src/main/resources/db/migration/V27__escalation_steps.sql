-- The escalation of a PPK who let the deadline pass goes in three steps (model v6): a written warning, the block of
-- the personnel data, the notice to the supervising ministry, each with its letter. Like the ministry's notice
-- (ESCALATION), the warning and the block are letters the examining agency numbers itself and may address about
-- several persons of one PPK at once: their numbers are not unique across cases.
DROP INDEX case_letter_number_idx;
CREATE UNIQUE INDEX case_letter_number_idx ON case_letter (kind, number)
    WHERE kind NOT IN ('ESCALATION', 'WARNING', 'PERSONNEL_DATA_BLOCK');

-- A rejected follow-up reads its track's last moves (PersonTracks.overdueOnItsRecommendation).
CREATE INDEX person_track_history_person_idx ON person_track_history (person_id, id);
