CREATE TABLE app_user (
    username      VARCHAR(80)  PRIMARY KEY,
    display_name  VARCHAR(160) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(32)  NOT NULL CHECK (role IN ('BAWASLU_OFFICER', 'BAWASLU_COMMISSIONER', 'EXAMINER',
                                                        'EXAMINER_APPROVER', 'PPK', 'ADMIN')),
    office_code   VARCHAR(5)   REFERENCES office (code),
    agency_code   VARCHAR(40)  REFERENCES agency (code),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK ((role IN ('BAWASLU_OFFICER', 'BAWASLU_COMMISSIONER')) = (office_code IS NOT NULL)),
    CHECK ((role = 'PPK') = (agency_code IS NOT NULL))
);
