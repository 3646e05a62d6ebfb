-- The case file. The process engine holds only the case id (business key) and routing variables.

CREATE TABLE case_file (
    id                      UUID         PRIMARY KEY,
    tracking_number         VARCHAR(32)  NOT NULL UNIQUE,
    access_code_hash        VARCHAR(64),
    source                  VARCHAR(8)   NOT NULL CHECK (source IN ('REPORT', 'FINDING')),
    election_type           VARCHAR(8)   NOT NULL CHECK (election_type IN ('PEMILU', 'PILKADA')),
    status                  VARCHAR(24)  NOT NULL,
    office_code             VARCHAR(5)   NOT NULL REFERENCES office (code),
    register_number         VARCHAR(80)  UNIQUE,
    registered_at           TIMESTAMPTZ,
    -- the reported civil servant (ASN)
    reported_name           VARCHAR(160) NOT NULL,
    reported_nip            VARCHAR(18),
    reported_position       VARCHAR(200),
    agency_code             VARCHAR(40)  NOT NULL REFERENCES agency (code),
    -- the incident
    incident_date           DATE         NOT NULL,
    known_on                DATE         NOT NULL,
    incident_place          VARCHAR(300) NOT NULL,
    region_code             VARCHAR(5)   NOT NULL REFERENCES region (code),
    description             TEXT         NOT NULL,
    late_filing             BOOLEAN      NOT NULL DEFAULT FALSE,
    -- Bawaslu's assessment
    conclusion              VARCHAR(24),
    violation_types         VARCHAR(40)[] NOT NULL DEFAULT '{}',
    other_route             VARCHAR(24),
    analysis                TEXT,
    missing_items           TEXT,
    assessment_extended     BOOLEAN      NOT NULL DEFAULT FALSE,
    extension_reason        TEXT,
    assessment_overdue      BOOLEAN      NOT NULL DEFAULT FALSE,
    -- the examining agency
    examination_outcome     VARCHAR(16),
    recommended_sanction    VARCHAR(24)  REFERENCES sanction_class (code),
    examination_reasoning   TEXT,
    -- the PPK
    imposed_sanction        VARCHAR(24)  REFERENCES sanction_class (code),
    decree_number           VARCHAR(120),
    decree_date             DATE,
    personnel_data_blocked  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by              VARCHAR(80),
    created_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    closed_at               TIMESTAMPTZ,
    forwarded_at            TIMESTAMPTZ,
    recommended_at          TIMESTAMPTZ
);
CREATE INDEX case_file_office_status_idx ON case_file (office_code, status);
CREATE INDEX case_file_agency_idx ON case_file (agency_code) WHERE recommended_at IS NOT NULL;
CREATE INDEX case_file_forwarded_idx ON case_file (forwarded_at) WHERE forwarded_at IS NOT NULL;
CREATE INDEX case_file_created_idx ON case_file (created_at DESC);

-- The reporter's identity: kept apart so that only the handling Bawaslu office's reads ever join it.
CREATE TABLE case_reporter (
    case_id UUID         PRIMARY KEY REFERENCES case_file (id),
    name    VARCHAR(160) NOT NULL,
    nik     VARCHAR(16)  NOT NULL,
    address VARCHAR(400) NOT NULL,
    phone   VARCHAR(32),
    email   VARCHAR(200)
);

CREATE TABLE case_witness (
    id      BIGSERIAL    PRIMARY KEY,
    case_id UUID         NOT NULL REFERENCES case_file (id),
    name    VARCHAR(160) NOT NULL,
    contact VARCHAR(200)
);
CREATE INDEX case_witness_case_idx ON case_witness (case_id);

CREATE TABLE case_hearing (
    id          BIGSERIAL    PRIMARY KEY,
    case_id     UUID         NOT NULL REFERENCES case_file (id),
    party       VARCHAR(12)  NOT NULL CHECK (party IN ('REPORTER', 'REPORTED', 'WITNESS', 'OTHER')),
    name        VARCHAR(160) NOT NULL,
    held_on     DATE         NOT NULL,
    summary     TEXT         NOT NULL,
    recorded_by VARCHAR(80)  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX case_hearing_case_idx ON case_hearing (case_id);

-- Every completed task's decision, as entered: who decided what, when.
CREATE TABLE case_decision (
    id         BIGSERIAL   PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES case_file (id),
    task_key   VARCHAR(40) NOT NULL,
    task_id    VARCHAR(64),
    decided_by VARCHAR(80) NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    outcome    VARCHAR(40) NOT NULL,
    payload    JSONB       NOT NULL
);
CREATE INDEX case_decision_case_idx ON case_decision (case_id, decided_at);

CREATE TABLE case_deadline (
    case_id    UUID        NOT NULL REFERENCES case_file (id),
    kind       VARCHAR(24) NOT NULL,
    starts_on  DATE        NOT NULL,
    due_on     DATE        NOT NULL,
    rule       VARCHAR(80) NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, kind)
);

CREATE TABLE case_letter (
    id        BIGSERIAL    PRIMARY KEY,
    case_id   UUID         NOT NULL REFERENCES case_file (id),
    kind      VARCHAR(24)  NOT NULL,
    number    VARCHAR(120) NOT NULL,
    issued_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    issued_by VARCHAR(80)
);
CREATE INDEX case_letter_case_idx ON case_letter (case_id);
-- Bawaslu and examining-agency numbers are unique; an escalation letter may cover several cases.
CREATE UNIQUE INDEX case_letter_number_idx ON case_letter (kind, number) WHERE kind <> 'ESCALATION';

-- Gap-free counters for register and letter numbers: incremented in the transaction that uses the number,
-- so a rolled-back registration gives its number back and concurrent ones queue on the row lock.
CREATE TABLE number_sequence (
    scope      VARCHAR(60) NOT NULL,
    year       INT         NOT NULL,
    last_value INT         NOT NULL,
    PRIMARY KEY (scope, year)
);

-- Append-only status history.
CREATE TABLE case_status_history (
    id          BIGSERIAL    PRIMARY KEY,
    case_id     UUID         NOT NULL REFERENCES case_file (id),
    from_status VARCHAR(24),
    to_status   VARCHAR(24)  NOT NULL,
    changed_by  VARCHAR(80)  NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    note        VARCHAR(400)
);
CREATE INDEX case_status_history_case_idx ON case_status_history (case_id, id);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER case_status_history_append_only
    BEFORE UPDATE OR DELETE ON case_status_history
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER case_status_history_no_truncate
    BEFORE TRUNCATE ON case_status_history
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
