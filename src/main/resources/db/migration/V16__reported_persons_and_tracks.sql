-- Several reported persons per case, each forwarded person on a track of their own; each step's data in its own
-- tables. Today's rows move: each case's one reported ASN becomes its first person, and the assessment, examination
-- and follow-up columns of case_file move to the tables of the steps that write them.

-- The reported persons (casefile). nip: the NIP of a PNS, or the employee number (NI PPPK) of a PPPK.
CREATE TABLE case_person (
    id                UUID         PRIMARY KEY,
    case_id           UUID         NOT NULL REFERENCES case_file (id),
    ordinal           SMALLINT     NOT NULL CHECK (ordinal BETWEEN 1 AND 50),
    name              VARCHAR(160) NOT NULL,
    employment_type   VARCHAR(4)   NOT NULL CHECK (employment_type IN ('PNS', 'PPPK')),
    nip               VARCHAR(18),
    position          VARCHAR(200),
    position_category VARCHAR(16)  CHECK (position_category IN
                          ('JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA', 'CAMAT_LURAH')),
    agency_code       VARCHAR(40)  NOT NULL REFERENCES agency (code),
    UNIQUE (case_id, ordinal)
);
CREATE UNIQUE INDEX case_person_case_nip_idx ON case_person (case_id, nip) WHERE nip IS NOT NULL;
CREATE INDEX case_person_nip_idx ON case_person (nip) WHERE nip IS NOT NULL;
CREATE INDEX case_person_name_trgm_idx ON case_person USING gin (name gin_trgm_ops);

INSERT INTO case_person (id, case_id, ordinal, name, employment_type, nip, position, agency_code)
SELECT gen_random_uuid(), id, 1, reported_name, 'PNS', reported_nip, reported_position, agency_code FROM case_file;

-- Each forwarded person's track (casefile): its status moves only along TrackStatus's transitions. ppk_agency: the
-- agency whose PPK the track's recommendation is addressed to, from then on (a PPK sees the case through it).
CREATE TABLE person_track (
    person_id  UUID        PRIMARY KEY REFERENCES case_person (id),
    case_id    UUID        NOT NULL REFERENCES case_file (id),
    status     VARCHAR(24) NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at  TIMESTAMPTZ,
    ppk_agency VARCHAR(40) REFERENCES agency (code)
);
CREATE INDEX person_track_case_idx ON person_track (case_id);
CREATE INDEX person_track_ppk_idx ON person_track (ppk_agency, case_id) WHERE ppk_agency IS NOT NULL;

CREATE TABLE person_track_history (
    id          BIGSERIAL   PRIMARY KEY,
    person_id   UUID        NOT NULL REFERENCES case_person (id),
    case_id     UUID        NOT NULL REFERENCES case_file (id),
    from_status VARCHAR(24),
    to_status   VARCHAR(24) NOT NULL,
    changed_by  VARCHAR(80) NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    note        TEXT,
    audience    VARCHAR(12) NOT NULL DEFAULT 'ALL' CHECK (audience IN ('HANDLING', 'EXAMINING', 'ALL'))
);
CREATE INDEX person_track_history_case_idx ON person_track_history (case_id, id);
CREATE TRIGGER person_track_history_append_only
    BEFORE UPDATE OR DELETE ON person_track_history
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER person_track_history_no_truncate
    BEFORE TRUNCATE ON person_track_history
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

INSERT INTO person_track (person_id, case_id, status, opened_at, closed_at, ppk_agency)
SELECT p.id, c.id, c.status, c.forwarded_at,
       CASE WHEN c.status IN ('CLOSED_SANCTIONED', 'CLOSED_NOT_PROVEN') THEN c.closed_at END,
       CASE WHEN c.recommended_at IS NOT NULL THEN p.agency_code END
FROM case_file c JOIN case_person p ON p.case_id = c.id
WHERE c.forwarded_at IS NOT NULL
  AND c.status IN ('UNDER_EXAMINATION', 'RECOMMENDATION_ISSUED', 'FOLLOW_UP_OVERDUE', 'FOLLOW_UP_REPORTED',
                   'CLOSED_SANCTIONED', 'CLOSED_NOT_PROVEN');

-- The track's history so far: the case's changes from its forwarding on (that case had one person).
INSERT INTO person_track_history (person_id, case_id, from_status, to_status, changed_by, changed_at, note, audience)
SELECT t.person_id, h.case_id,
       CASE WHEN h.to_status = 'UNDER_EXAMINATION' THEN NULL ELSE h.from_status END,
       h.to_status, h.changed_by, h.changed_at, h.note, h.audience
FROM case_status_history h JOIN person_track t ON t.case_id = h.case_id
WHERE h.to_status IN ('UNDER_EXAMINATION', 'RECOMMENDATION_ISSUED', 'FOLLOW_UP_OVERDUE', 'FOLLOW_UP_REPORTED',
                      'CLOSED_SANCTIONED', 'CLOSED_NOT_PROVEN')
ORDER BY h.id;

-- A track's own clocks: examination, PPK follow-up and its reminder.
CREATE TABLE track_deadline (
    person_id  UUID        NOT NULL REFERENCES case_person (id),
    kind       VARCHAR(24) NOT NULL,
    starts_on  DATE        NOT NULL,
    due_on     DATE        NOT NULL,
    rule       VARCHAR(80) NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, kind)
);
INSERT INTO track_deadline (person_id, kind, starts_on, due_on, rule, updated_at)
SELECT p.id, d.kind, d.starts_on, d.due_on, d.rule, d.updated_at
FROM case_deadline d JOIN case_person p ON p.case_id = d.case_id AND p.ordinal = 1
WHERE d.kind IN ('EXAMINATION', 'PPK_FOLLOW_UP', 'PPK_REMINDER');
DELETE FROM case_deadline WHERE kind IN ('EXAMINATION', 'PPK_FOLLOW_UP', 'PPK_REMINDER');

-- Decisions, letters and the case's status changes caused by a track name its person.
ALTER TABLE case_status_history ADD COLUMN person_id UUID REFERENCES case_person (id);
ALTER TABLE case_decision ADD COLUMN person_id UUID REFERENCES case_person (id);
UPDATE case_decision d SET person_id = p.id FROM case_person p
WHERE p.case_id = d.case_id AND p.ordinal = 1
  AND d.task_key IN ('examination', 'recommendationApproval', 'followUpConfirmation', 'followUpVerification',
                     'nonComplianceEscalation', 'ppkReminder', 'ppkDeadlinePassed');
ALTER TABLE case_letter ADD COLUMN person_id UUID REFERENCES case_person (id);
UPDATE case_letter l SET person_id = p.id FROM case_person p
WHERE p.case_id = l.case_id AND p.ordinal = 1 AND l.kind IN ('RECOMMENDATION', 'ESCALATION');

-- Bawaslu's assessment (bawaslu).
CREATE TABLE assessment (
    case_id          UUID          PRIMARY KEY REFERENCES case_file (id),
    conclusion       VARCHAR(24),
    violation_types  VARCHAR(40)[] NOT NULL DEFAULT '{}',
    other_route      VARCHAR(24),
    analysis         TEXT,
    extended         BOOLEAN       NOT NULL DEFAULT FALSE,
    extension_reason TEXT,
    overdue          BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now()
);
-- The previous release let a proven examination overwrite the case's violation types with the examiner's: each
-- step's own types are taken from its last decision as entered, where it has them.
CREATE FUNCTION v16_decided_types(c UUID, task VARCHAR) RETURNS VARCHAR(40)[] LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN jsonb_typeof(d.payload -> 'violationTypes') = 'array'
                THEN ARRAY(SELECT jsonb_array_elements_text(d.payload -> 'violationTypes'))::VARCHAR(40)[] END
    FROM case_decision d WHERE d.case_id = c AND d.task_key = task ORDER BY d.id DESC LIMIT 1
$$;
INSERT INTO assessment (case_id, conclusion, violation_types, other_route, analysis, extended, extension_reason, overdue)
SELECT id, conclusion,
       CASE WHEN conclusion = 'NEUTRALITY_VIOLATION'
            THEN COALESCE(v16_decided_types(id, 'assessment'), violation_types) ELSE '{}' END,
       other_route, analysis, assessment_extended, extension_reason, assessment_overdue
FROM case_file
WHERE conclusion IS NOT NULL OR assessment_extended OR assessment_overdue OR analysis IS NOT NULL;

-- The plenary's decision per person (bawaslu): a violation proven or not.
CREATE TABLE plenary_finding (
    person_id  UUID        PRIMARY KEY REFERENCES case_person (id),
    case_id    UUID        NOT NULL REFERENCES case_file (id),
    violation  BOOLEAN     NOT NULL,
    decided_by VARCHAR(80) NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX plenary_finding_case_idx ON plenary_finding (case_id);
INSERT INTO plenary_finding (person_id, case_id, violation, decided_by, decided_at)
SELECT p.id, c.id, TRUE, COALESCE((SELECT d.decided_by FROM case_decision d WHERE d.case_id = c.id
                                      AND d.task_key = 'plenaryDecision' ORDER BY d.id DESC LIMIT 1), 'sistem'),
       c.forwarded_at
FROM case_file c JOIN case_person p ON p.case_id = c.id
WHERE c.forwarded_at IS NOT NULL;

-- The examining agency's examination and recommendation per person (examination).
CREATE TABLE examination (
    person_id            UUID          PRIMARY KEY REFERENCES case_person (id),
    case_id              UUID          NOT NULL REFERENCES case_file (id),
    outcome              VARCHAR(16)   NOT NULL CHECK (outcome IN ('PROVEN', 'NOT_PROVEN', 'NOT_APPLICABLE')),
    recommended_sanction VARCHAR(24)   REFERENCES sanction_class (code),
    violation_types      VARCHAR(40)[] NOT NULL DEFAULT '{}',
    reasoning            TEXT,
    examined_by          VARCHAR(80),
    examined_at          TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX examination_case_idx ON examination (case_id);
INSERT INTO examination (person_id, case_id, outcome, recommended_sanction, violation_types, reasoning, examined_by, examined_at)
SELECT p.id, c.id, c.examination_outcome, c.recommended_sanction,
       COALESCE(v16_decided_types(c.id, 'examination'), '{}'), c.examination_reasoning,
       (SELECT d.decided_by FROM case_decision d WHERE d.case_id = c.id AND d.task_key = 'examination' ORDER BY d.id DESC LIMIT 1),
       COALESCE((SELECT d.decided_at FROM case_decision d WHERE d.case_id = c.id AND d.task_key = 'examination'
                 ORDER BY d.id DESC LIMIT 1), c.updated_at)
FROM case_file c JOIN case_person p ON p.case_id = c.id
WHERE c.examination_outcome IS NOT NULL;

-- The recommendation to one person's PPK: its number, and the agency whose PPK it is addressed to.
CREATE TABLE recommendation (
    person_id   UUID         PRIMARY KEY REFERENCES case_person (id),
    case_id     UUID         NOT NULL REFERENCES case_file (id),
    number      VARCHAR(120) NOT NULL UNIQUE,
    agency_code VARCHAR(40)  NOT NULL REFERENCES agency (code),
    issued_by   VARCHAR(80),
    issued_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_agency_idx ON recommendation (agency_code, case_id);
CREATE INDEX recommendation_case_idx ON recommendation (case_id);
INSERT INTO recommendation (person_id, case_id, number, agency_code, issued_by, issued_at)
SELECT p.id, c.id,
       COALESCE((SELECT l.number FROM case_letter l WHERE l.case_id = c.id AND l.kind = 'RECOMMENDATION' ORDER BY l.id DESC LIMIT 1),
                'R-?/' || c.id),
       p.agency_code,
       (SELECT l.issued_by FROM case_letter l WHERE l.case_id = c.id AND l.kind = 'RECOMMENDATION' ORDER BY l.id DESC LIMIT 1),
       c.recommended_at
FROM case_file c JOIN case_person p ON p.case_id = c.id
WHERE c.recommended_at IS NOT NULL;

-- The PPK's follow-up and the block of the personnel data, per person (followup).
CREATE TABLE follow_up (
    person_id        UUID         PRIMARY KEY REFERENCES case_person (id),
    case_id          UUID         NOT NULL REFERENCES case_file (id),
    sanction_imposed BOOLEAN      NOT NULL,
    imposed_sanction VARCHAR(24)  REFERENCES sanction_class (code),
    decree_number    VARCHAR(120),
    decree_date      DATE,
    reported_by      VARCHAR(80),
    reported_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX follow_up_case_idx ON follow_up (case_id);
INSERT INTO follow_up (person_id, case_id, sanction_imposed, imposed_sanction, decree_number, decree_date, reported_by, reported_at)
SELECT p.id, c.id, c.imposed_sanction IS NOT NULL, c.imposed_sanction, c.decree_number, c.decree_date,
       (SELECT d.decided_by FROM case_decision d WHERE d.case_id = c.id AND d.task_key = 'followUpConfirmation' ORDER BY d.id DESC LIMIT 1),
       COALESCE((SELECT d.decided_at FROM case_decision d WHERE d.case_id = c.id AND d.task_key = 'followUpConfirmation'
                 ORDER BY d.id DESC LIMIT 1), c.updated_at)
FROM case_file c JOIN case_person p ON p.case_id = c.id
WHERE c.imposed_sanction IS NOT NULL
   OR EXISTS (SELECT 1 FROM case_decision d WHERE d.case_id = c.id AND d.task_key = 'followUpConfirmation');

CREATE TABLE personnel_data_block (
    person_id   UUID        PRIMARY KEY REFERENCES case_person (id),
    case_id     UUID        NOT NULL REFERENCES case_file (id),
    blocked     BOOLEAN     NOT NULL,
    blocked_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    released_at TIMESTAMPTZ
);
INSERT INTO personnel_data_block (person_id, case_id, blocked, blocked_at)
SELECT p.id, c.id, TRUE, c.updated_at
FROM case_file c JOIN case_person p ON p.case_id = c.id
WHERE c.personnel_data_blocked;

-- The moved columns leave case_file (their indexes with them).
ALTER TABLE case_file
    DROP COLUMN reported_name,
    DROP COLUMN reported_nip,
    DROP COLUMN reported_position,
    DROP COLUMN agency_code,
    DROP COLUMN conclusion,
    DROP COLUMN violation_types,
    DROP COLUMN other_route,
    DROP COLUMN analysis,
    DROP COLUMN assessment_extended,
    DROP COLUMN extension_reason,
    DROP COLUMN assessment_overdue,
    DROP COLUMN examination_outcome,
    DROP COLUMN recommended_sanction,
    DROP COLUMN examination_reasoning,
    DROP COLUMN imposed_sanction,
    DROP COLUMN decree_number,
    DROP COLUMN decree_date,
    DROP COLUMN personnel_data_blocked,
    DROP COLUMN recommended_at;

DROP FUNCTION v16_decided_types(UUID, VARCHAR);

ANALYZE case_person;

-- The track history is append-only for the application, like the case's (V11's reasoning).
DO $$
DECLARE
    app  TEXT := '${appRole}';
BEGIN
    IF app = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT SELECT, INSERT ON person_track_history TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE person_track_history_id_seq TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON person_track_history FROM %I', app);
END
$$;
