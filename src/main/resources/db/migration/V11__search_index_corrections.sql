-- Corrections measured after V10 (docs/performance.md), on 1.1 million cases.
--
-- Register numbers share most of their trigrams (".../Reg/LP/PB/Kab/..."), so the trigram index did not narrow a
-- search for one (350 ms). Officers type a register number from its start: a byte-ordered index on its upper-case
-- form serves that as a range, which prepared statements' generic plans can use too (a parameterised LIKE cannot).
DROP INDEX IF EXISTS case_file_register_number_trgm_idx;
CREATE INDEX case_file_register_number_prefix_idx ON case_file ((upper(register_number)) COLLATE "C");

-- A province office's count of its cases read the whole office index (67 ms): with the office code in the province
-- index the count is an index-only scan of the province's own entries.
DROP INDEX IF EXISTS case_file_province_idx;
CREATE INDEX case_file_province_idx ON case_file (left(office_code, 2), created_at DESC) INCLUDE (office_code);

-- Statistics for the new expression indexes (and the rows V10 rewrote): without them the planner guesses that a
-- register-number range matches thousands of cases and walks the newest-first index instead (1 s instead of 0.1 ms).
ANALYZE case_file;
