-- From the benchmark (docs/performance.md): the inbox joined tasks to cases through the engine's business key cast to
-- a UUID, which no index serves; province scopes used OR/LIKE on the office code; name and register-number search
-- used ILIKE '%...%' with no index; and the NIP was matched without one.

-- A case knows its process instance, so tasks and cases join on indexed columns both ways.
ALTER TABLE case_file ADD COLUMN process_instance_id VARCHAR(64);
DO $$
BEGIN
    IF to_regclass('act_hi_procinst') IS NOT NULL AND has_table_privilege('act_hi_procinst', 'SELECT') THEN
        UPDATE case_file c SET process_instance_id = h.proc_inst_id_
        FROM act_hi_procinst h WHERE h.business_key_ = c.id::text;
    END IF;
END
$$;
CREATE INDEX case_file_process_instance_idx ON case_file (process_instance_id);

-- A province office's scope: its own cases and its regencies'/cities' (office codes PP and PP.RR).
CREATE INDEX case_file_province_idx ON case_file (left(office_code, 2), created_at DESC);

-- Search: substring matches on names and register numbers, exact NIP.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX case_file_reported_name_trgm_idx ON case_file USING gin (reported_name gin_trgm_ops);
CREATE INDEX case_file_register_number_trgm_idx ON case_file USING gin (register_number gin_trgm_ops);
CREATE INDEX case_file_reported_nip_idx ON case_file (reported_nip);
