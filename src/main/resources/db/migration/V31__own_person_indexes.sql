-- Issue 17: a PPK's search by one person criterion (a name, a NIP, an agency) walks the agency's tracks newest first and
-- tests each track's own person, instead of every person of each case (CaseQueries). Both reads come from an index
-- alone: the agency's index of its tracks carries the track's person, and the persons' index by id carries what a
-- criterion tests (a regency PPK's name search 18 -> 2.4 ms p95 at national scale, docs/performance.md).

-- V30's index, the same order, now carrying the person. Its name is kept.
DROP INDEX person_track_ppk_created_idx;
CREATE INDEX person_track_ppk_created_idx ON person_track (ppk_agency, case_created_at DESC, case_id) INCLUDE (person_id)
    WHERE ppk_agency IS NOT NULL;

CREATE UNIQUE INDEX case_person_id_tested_idx ON case_person (id) INCLUDE (name, nip, agency_code);

-- Whether a task is back after its check rejected it (TaskInbox, for each row of an inbox): a check's rejections are
-- few, so that a track without one is told from this small index, its decisions unread.
CREATE INDEX case_decision_rejected_idx ON case_decision (person_id, case_id) WHERE outcome = 'REJECTED';

ANALYZE person_track;
ANALYZE case_person;
ANALYZE case_decision;
