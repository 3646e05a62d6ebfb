-- The examining agency's requests for clarification during an examination (SPEC §4, issue 11 item 4): asked of the
-- PPK, the person's superior or the person (through the PPK of the person's agency, whose officers record the answer);
-- the examination clock pauses from the request to the answer: the examination's deadline moves by the days the
-- request was pending, counted in the examination clock's unit (paused_days). At most one request pending per person.
-- Basis: the examining agency's practice of asking for clarification before its recommendation (KASN's letters to a
-- rector, 2019; BKN's answers to a regent's clarification, 2022 — ../shared/domain-notes.md, "Review of the path").
CREATE TABLE examination_clarification (
    id            UUID         PRIMARY KEY,
    person_id     UUID         NOT NULL REFERENCES case_person (id),
    case_id       UUID         NOT NULL REFERENCES case_file (id),
    addressee     VARCHAR(16)  NOT NULL CHECK (addressee IN ('PPK', 'SUPERIOR', 'PERSON')),
    letter_number VARCHAR(120) NOT NULL,
    questions     TEXT         NOT NULL,
    requested_by  VARCHAR(80)  NOT NULL,
    requested_on  DATE         NOT NULL,
    requested_at  TIMESTAMPTZ  NOT NULL,
    answered_on   DATE,
    answer        TEXT,
    answered_by   VARCHAR(80),
    answered_at   TIMESTAMPTZ,
    paused_days   INTEGER      CHECK (paused_days >= 0),
    CHECK ((answered_on IS NULL) = (answered_by IS NULL))
);
CREATE INDEX examination_clarification_person_idx ON examination_clarification (person_id, requested_at);
CREATE UNIQUE INDEX examination_clarification_pending_idx ON examination_clarification (person_id) WHERE answered_on IS NULL;

-- A deadline's basis may now say a pause beside its term ("14 hari kerja sejak diteruskan, ditambah 4 hari kerja
-- menunggu klarifikasi"): room for it, on the track's deadlines and the case's alike.
ALTER TABLE track_deadline ALTER COLUMN rule TYPE VARCHAR(200);
ALTER TABLE case_deadline ALTER COLUMN rule TYPE VARCHAR(200);
