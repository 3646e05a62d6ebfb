-- Every version of the reporter's details a case has held (the report as filed, then each completion that replaced
-- them), so that the redaction for outsiders scrubs the replaced details too. case_reporter keeps the current one.
CREATE TABLE case_reporter_version (
    case_id     UUID         NOT NULL REFERENCES case_file (id),
    version     INT          NOT NULL CHECK (version > 0),
    name        VARCHAR(160) NOT NULL,
    nik         VARCHAR(16)  NOT NULL,
    address     VARCHAR(400) NOT NULL,
    phone       VARCHAR(32),
    email       VARCHAR(200),
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, version)
);

-- The previous release kept only the current details: they become version 1 (the ones they replaced are gone).
INSERT INTO case_reporter_version (case_id, version, name, nik, address, phone, email, recorded_at)
SELECT case_id, 1, name, nik, address, phone, email, now() FROM case_reporter;

-- Append-only for the application: V8's default privileges would give it UPDATE and DELETE as well (and only for
-- tables created by the role that ran V8), so the grant is made here explicitly.
DO $$
DECLARE
    app  TEXT := '${appRole}';
BEGIN
    IF app = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT SELECT, INSERT ON case_reporter_version TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON case_reporter_version FROM %I', app);
END
$$;
