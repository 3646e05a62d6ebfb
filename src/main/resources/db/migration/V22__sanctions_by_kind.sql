-- A recommendation carries the sanctions the law sets for one act (SPEC §2, issue 11 item 2; domain-notes §2 and §7):
-- a MORAL sanction (PP 42/2004 art. 15: a closed or an open statement) and a DISCIPLINARY one (PP 94/2021 art. 8 for a
-- PNS, PP 49/2018 art. 52 for a PPPK: light, moderate or severe, with the concrete penalty; dismissal for party
-- membership, UU 20/2023 art. 52), at most one of each kind. The PPK reports each recommended sanction: imposed or
-- not, the sanction imposed and its decree. Until now one sanction per person: examination.recommended_sanction and
-- follow_up.imposed_sanction (V16), upgraded here in place.

-- The kind of each sanction class and its severity within the kind (what "lighter" means when the examining agency
-- verifies the PPK's follow-up). DISMISSAL is the heaviest disciplinary sanction.
ALTER TABLE sanction_class
    ADD COLUMN kind     VARCHAR(16),
    ADD COLUMN severity INT;
UPDATE sanction_class SET kind = 'MORAL', severity = 1 WHERE code = 'MORAL_CLOSED';
UPDATE sanction_class SET kind = 'MORAL', severity = 2 WHERE code = 'MORAL_OPEN';
UPDATE sanction_class SET kind = 'DISCIPLINARY', severity = 1 WHERE code = 'DISCIPLINE_LIGHT';
UPDATE sanction_class SET kind = 'DISCIPLINARY', severity = 2 WHERE code = 'DISCIPLINE_MEDIUM';
UPDATE sanction_class SET kind = 'DISCIPLINARY', severity = 3 WHERE code = 'DISCIPLINE_HEAVY';
UPDATE sanction_class SET kind = 'DISCIPLINARY', severity = 4 WHERE code = 'DISMISSAL';
-- UU 5/2014 is repealed by UU 20/2023 (promulgated 31 October 2023); membership of a political party is a ground of
-- dismissal not with honour in art. 52(3)(j), (4) of the new law.
UPDATE sanction_class SET basis = 'UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)' WHERE code = 'DISMISSAL';
UPDATE sanction_class SET basis = 'PP 94/2021 Pasal 8 ayat (2)' WHERE code = 'DISCIPLINE_LIGHT';
UPDATE sanction_class SET basis = 'PP 94/2021 Pasal 8 ayat (3)' WHERE code = 'DISCIPLINE_MEDIUM';
UPDATE sanction_class SET basis = 'PP 94/2021 Pasal 8 ayat (4)' WHERE code = 'DISCIPLINE_HEAVY';
UPDATE sanction_class SET basis = 'PP 42/2004 Pasal 15 ayat (1)-(3)' WHERE code IN ('MORAL_CLOSED', 'MORAL_OPEN');
ALTER TABLE sanction_class
    ALTER COLUMN kind SET NOT NULL,
    ALTER COLUMN severity SET NOT NULL,
    ADD CONSTRAINT sanction_class_kind CHECK (kind IN ('MORAL', 'DISCIPLINARY')),
    ADD CONSTRAINT sanction_class_severity UNIQUE (kind, severity),
    ADD CONSTRAINT sanction_class_code_kind UNIQUE (code, kind);

-- The concrete penalties of each disciplinary class, for a PNS (PP 94/2021 art. 8) and for a PPPK (PP 49/2018 art. 52,
-- as BKN summarises it: https://denpasar.bkn.go.id/kms/_export/xhtml/ensiklopedia:disiplin_pppk; the primary text was
-- not at hand, so a later migration corrects this list if it differs). Severity orders them within their class.
CREATE TABLE sanction_penalty (
    code            VARCHAR(40)  PRIMARY KEY,
    sanction_class  VARCHAR(40)  NOT NULL REFERENCES sanction_class (code),
    employment_type VARCHAR(4)   NOT NULL CHECK (employment_type IN ('PNS', 'PPPK')),
    severity        INT          NOT NULL,
    label           VARCHAR(200) NOT NULL,
    basis           VARCHAR(120) NOT NULL,
    position        INT          NOT NULL,
    CONSTRAINT sanction_penalty_code_class UNIQUE (code, sanction_class),
    CONSTRAINT sanction_penalty_severity UNIQUE (sanction_class, employment_type, severity)
);
INSERT INTO sanction_penalty (code, sanction_class, employment_type, severity, label, basis, position) VALUES
('PNS_ORAL_REPRIMAND', 'DISCIPLINE_LIGHT', 'PNS', 1, 'PNS — ringan: teguran lisan', 'PP 94/2021 Pasal 8 ayat (2) huruf a', 1),
('PNS_WRITTEN_REPRIMAND', 'DISCIPLINE_LIGHT', 'PNS', 2, 'PNS — ringan: teguran tertulis', 'PP 94/2021 Pasal 8 ayat (2) huruf b', 2),
('PNS_WRITTEN_DISSATISFACTION', 'DISCIPLINE_LIGHT', 'PNS', 3, 'PNS — ringan: pernyataan tidak puas secara tertulis', 'PP 94/2021 Pasal 8 ayat (2) huruf c', 3),
('PNS_ALLOWANCE_CUT_6M', 'DISCIPLINE_MEDIUM', 'PNS', 1, 'PNS — sedang: pemotongan tunjangan kinerja 25% selama 6 bulan', 'PP 94/2021 Pasal 8 ayat (3) huruf a', 4),
('PNS_ALLOWANCE_CUT_9M', 'DISCIPLINE_MEDIUM', 'PNS', 2, 'PNS — sedang: pemotongan tunjangan kinerja 25% selama 9 bulan', 'PP 94/2021 Pasal 8 ayat (3) huruf b', 5),
('PNS_ALLOWANCE_CUT_12M', 'DISCIPLINE_MEDIUM', 'PNS', 3, 'PNS — sedang: pemotongan tunjangan kinerja 25% selama 12 bulan', 'PP 94/2021 Pasal 8 ayat (3) huruf c', 6),
('PNS_DEMOTION_12M', 'DISCIPLINE_HEAVY', 'PNS', 1, 'PNS — berat: penurunan jabatan setingkat lebih rendah selama 12 bulan', 'PP 94/2021 Pasal 8 ayat (4) huruf a', 7),
('PNS_EXECUTOR_POST_12M', 'DISCIPLINE_HEAVY', 'PNS', 2, 'PNS — berat: pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan', 'PP 94/2021 Pasal 8 ayat (4) huruf b', 8),
('PNS_HONOURABLE_DISCHARGE', 'DISCIPLINE_HEAVY', 'PNS', 3, 'PNS — berat: pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS', 'PP 94/2021 Pasal 8 ayat (4) huruf c', 9),
('PNS_DISMISSAL', 'DISMISSAL', 'PNS', 1, 'PNS — pemberhentian tidak dengan hormat sebagai PNS (anggota/pengurus partai politik)', 'UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)', 10),
('PPPK_ORAL_REPRIMAND', 'DISCIPLINE_LIGHT', 'PPPK', 1, 'PPPK — ringan: teguran lisan', 'PP 49/2018 Pasal 52', 11),
('PPPK_WRITTEN_REPRIMAND', 'DISCIPLINE_LIGHT', 'PPPK', 2, 'PPPK — ringan: teguran tertulis', 'PP 49/2018 Pasal 52', 12),
('PPPK_WRITTEN_DISSATISFACTION', 'DISCIPLINE_LIGHT', 'PPPK', 3, 'PPPK — ringan: pernyataan tidak puas secara tertulis', 'PP 49/2018 Pasal 52', 13),
('PPPK_ALLOWANCE_CUT_6M', 'DISCIPLINE_MEDIUM', 'PPPK', 1, 'PPPK — sedang: pemotongan tunjangan kinerja 25% selama 6 bulan', 'PP 49/2018 Pasal 52', 14),
('PPPK_ALLOWANCE_CUT_9M', 'DISCIPLINE_MEDIUM', 'PPPK', 2, 'PPPK — sedang: pemotongan tunjangan kinerja 25% selama 9 bulan', 'PP 49/2018 Pasal 52', 15),
('PPPK_ALLOWANCE_CUT_12M', 'DISCIPLINE_MEDIUM', 'PPPK', 3, 'PPPK — sedang: pemotongan tunjangan kinerja 25% selama 12 bulan', 'PP 49/2018 Pasal 52', 16),
('PPPK_DEMOTION_12M', 'DISCIPLINE_HEAVY', 'PPPK', 1, 'PPPK — berat: penurunan jabatan setingkat lebih rendah selama 12 bulan', 'PP 49/2018 Pasal 52', 17),
('PPPK_EXECUTOR_POST_12M', 'DISCIPLINE_HEAVY', 'PPPK', 2, 'PPPK — berat: pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan', 'PP 49/2018 Pasal 52', 18),
('PPPK_CONTRACT_ENDED', 'DISCIPLINE_HEAVY', 'PPPK', 3, 'PPPK — berat: pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri', 'PP 49/2018 Pasal 52', 19),
('PPPK_DISMISSAL', 'DISMISSAL', 'PPPK', 1, 'PPPK — pemutusan hubungan perjanjian kerja tidak dengan hormat (anggota/pengurus partai politik)', 'UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)', 20);

-- The sanctions an examination recommends: at most one of each kind, the class of that kind (the pair's foreign key),
-- for a disciplinary one the concrete penalty if the examiner names it (of that class).
CREATE TABLE examination_sanction (
    person_id      UUID        NOT NULL REFERENCES examination (person_id) ON DELETE CASCADE,
    kind           VARCHAR(16) NOT NULL,
    sanction_class VARCHAR(40) NOT NULL,
    penalty        VARCHAR(40),
    PRIMARY KEY (person_id, kind),
    FOREIGN KEY (sanction_class, kind) REFERENCES sanction_class (code, kind),
    FOREIGN KEY (penalty, sanction_class) REFERENCES sanction_penalty (code, sanction_class)
);

-- The PPK's report on each recommended sanction (and on one it imposed unrecommended, as an earlier release's single
-- sanction could be): imposed or not, the sanction imposed and the decree (SK) that imposed it.
CREATE TABLE follow_up_sanction (
    person_id      UUID         NOT NULL REFERENCES follow_up (person_id) ON DELETE CASCADE,
    kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('MORAL', 'DISCIPLINARY')),
    imposed        BOOLEAN      NOT NULL,
    sanction_class VARCHAR(40),
    penalty        VARCHAR(40),
    decree_number  VARCHAR(120),
    decree_date    DATE,
    PRIMARY KEY (person_id, kind),
    FOREIGN KEY (sanction_class, kind) REFERENCES sanction_class (code, kind),
    FOREIGN KEY (penalty, sanction_class) REFERENCES sanction_penalty (code, sanction_class),
    CONSTRAINT follow_up_sanction_imposed CHECK (imposed = (sanction_class IS NOT NULL))
);

-- The rows of earlier releases, in place: a moral code goes to the moral kind, a disciplinary or dismissal code to
-- the disciplinary kind (the catalogue's kind above).
INSERT INTO examination_sanction (person_id, kind, sanction_class)
SELECT e.person_id, s.kind, s.code
FROM examination e JOIN sanction_class s ON s.code = e.recommended_sanction;

INSERT INTO follow_up_sanction (person_id, kind, imposed, sanction_class, decree_number, decree_date)
SELECT f.person_id, s.kind, TRUE, s.code, f.decree_number, f.decree_date
FROM follow_up f JOIN sanction_class s ON s.code = f.imposed_sanction;
-- A follow-up that imposed nothing imposed none of the sanctions recommended.
INSERT INTO follow_up_sanction (person_id, kind, imposed)
SELECT f.person_id, e.kind, FALSE
FROM follow_up f JOIN examination_sanction e ON e.person_id = f.person_id
WHERE f.imposed_sanction IS NULL;

ALTER TABLE examination DROP COLUMN recommended_sanction;
ALTER TABLE follow_up
    DROP COLUMN imposed_sanction,
    DROP COLUMN decree_number,
    DROP COLUMN decree_date;

-- The penalties are a catalogue of the migrations, as the sanction classes are (V8).
DO $$
DECLARE
    app TEXT := '${appRole}';
BEGIN
    IF app <> current_user THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON sanction_penalty FROM %I', app);
    END IF;
END
$$;
