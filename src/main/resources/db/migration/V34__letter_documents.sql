-- Letters as PDF documents (issue 13 item 2): the document of an issued letter (case_letter), as it was generated when
-- the letter was issued, with its SHA-256. Never changed nor removed: regenerating a letter's document is not possible,
-- so that what an addressee holds is what Netra keeps.
CREATE TABLE letter_document (
    letter_id     BIGINT       PRIMARY KEY REFERENCES case_letter (id),
    case_id       UUID         NOT NULL REFERENCES case_file (id),
    pdf           BYTEA        NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    generated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX letter_document_case_idx ON letter_document (case_id);
CREATE TRIGGER letter_document_append_only
    BEFORE UPDATE OR DELETE ON letter_document
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER letter_document_no_truncate
    BEFORE TRUNCATE ON letter_document
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
