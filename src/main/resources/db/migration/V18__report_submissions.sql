-- The one-time token of each report form sent from the public page (intake.ReportSubmissions): claimed in the
-- transaction that files the report, so the same form sent twice (a double click, a reload of the post, the back
-- button) files one report, also when both arrive at once or at two nodes. A refused report rolls its claim back, so
-- the form corrected and sent again is filed. The application role reads and writes it (V8's default privileges).
CREATE TABLE report_submission (
    token        VARCHAR(64)              PRIMARY KEY,
    case_id      UUID                     REFERENCES case_file (id),
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
