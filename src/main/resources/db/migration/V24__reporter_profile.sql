-- The reporter's details that the report form of Perbawaslu 9/2024 (annex, "Formulir Laporan") asks beside name, NIK
-- and address: place and date of birth, sex, occupation and citizenship. They are the reporter's identity as the rest
-- of case_reporter is (read by the handling office only). Optional: a report filed without them (by a client of an
-- earlier release, or a reporter who left them out) is complete in Netra, and the initial review may ask for them as a
-- formal requirement. Reports of earlier releases have none (null); nothing is made up for them.
ALTER TABLE case_reporter
    ADD COLUMN birth_place VARCHAR(160),
    ADD COLUMN birth_date  DATE,
    ADD COLUMN sex         VARCHAR(8)  CHECK (sex IN ('MALE', 'FEMALE')),
    ADD COLUMN occupation  VARCHAR(160),
    ADD COLUMN citizenship VARCHAR(8)  CHECK (citizenship IN ('WNI', 'WNA'));

ALTER TABLE case_reporter_version
    ADD COLUMN birth_place VARCHAR(160),
    ADD COLUMN birth_date  DATE,
    ADD COLUMN sex         VARCHAR(8)  CHECK (sex IN ('MALE', 'FEMALE')),
    ADD COLUMN occupation  VARCHAR(160),
    ADD COLUMN citizenship VARCHAR(8)  CHECK (citizenship IN ('WNI', 'WNA'));
