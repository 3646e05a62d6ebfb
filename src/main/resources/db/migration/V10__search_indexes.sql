-- From the benchmark (docs/performance.md), with 1.1 million cases: province scopes used OR/LIKE on the office code,
-- name and register-number search used ILIKE '%...%', and the NIP was matched, all without an index.

-- A province office's scope, its own cases and its regencies'/cities' (office codes PP and PP.RR): the newest-first
-- page straight from the index, and the count as an index-only scan (the office code is in it).
CREATE INDEX case_file_province_idx ON case_file (left(office_code, 2), created_at DESC) INCLUDE (office_code);

-- A name anywhere in it: trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX case_file_reported_name_trgm_idx ON case_file USING gin (reported_name gin_trgm_ops);

-- A register number from its start, as a range over its upper-case form in byte order (prepared statements' generic
-- plans can use a range; not a parameterised LIKE). Register numbers share most of their trigrams
-- (".../Reg/LP/PB/Kab/..."), so a trigram index did not narrow a search for one (350 ms).
CREATE INDEX case_file_register_number_prefix_idx ON case_file ((upper(register_number)) COLLATE "C");

-- A NIP exactly.
CREATE INDEX case_file_reported_nip_idx ON case_file (reported_nip);

-- Statistics for the expression indexes: without them the planner guesses that a register-number range matches
-- thousands of cases and walks the newest-first index instead (1 s instead of 0.1 ms).
ANALYZE case_file;
