-- Evidence files (issue 13 item 1): screenshots, photos, PDFs and short videos attached by the reporter (with the
-- access code) or by an officer at a task, and the PPK's decree (SK) with the follow-up. A file's row says what it is
-- (its type as detected from its content, its size, its SHA-256), who gave it, and who may read it; its content lies in
-- the store named by `store` (evidence_content below by default, or a directory: netra.evidence.store).
CREATE TABLE evidence_file (
    id            UUID         PRIMARY KEY,
    case_id       UUID         NOT NULL REFERENCES case_file (id),
    -- The person whose track the task that took it was on (null: the case's, or the reporter's).
    person_id     UUID         REFERENCES case_person (id),
    -- Who gave it: the reporter, the handling Bawaslu office, the examining agency, a PPK.
    origin        VARCHAR(16)  NOT NULL CHECK (origin IN ('REPORTER', 'BAWASLU', 'EXAMINING', 'PPK')),
    kind          VARCHAR(16)  NOT NULL CHECK (kind IN ('EVIDENCE', 'DECREE')),
    task_key      VARCHAR(64),
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(127) NOT NULL,
    size_bytes    BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256        CHAR(64)     NOT NULL,
    description   VARCHAR(500),
    -- Read beyond the agencies that read it by default (a reporter's file: beyond the handling office), as an officer
    -- of the handling office marked it.
    shareable     BOOLEAN      NOT NULL,
    shared_by     VARCHAR(64),
    shared_at     TIMESTAMPTZ,
    uploaded_by   VARCHAR(64),
    uploaded_at   TIMESTAMPTZ  NOT NULL,
    store         VARCHAR(16)  NOT NULL CHECK (store IN ('DATABASE', 'FILESYSTEM'))
);
CREATE INDEX evidence_file_case_idx ON evidence_file (case_id, uploaded_at, id);

-- The database store: a file's content in chunks of 256 KiB, written and read one chunk at a time (never whole in
-- memory). Stored as is: photos, videos and PDFs are compressed already.
CREATE TABLE evidence_content (
    file_id  UUID    NOT NULL,
    seq      INTEGER NOT NULL,
    data     BYTEA   NOT NULL,
    PRIMARY KEY (file_id, seq)
);
ALTER TABLE evidence_content ALTER COLUMN data SET STORAGE EXTERNAL;
