-- Reference data: regions of Indonesia, Bawaslu offices, agencies (instansi), violation types, sanction classes, holidays.

CREATE TABLE region (
    code          VARCHAR(5)   PRIMARY KEY,
    level         VARCHAR(8)   NOT NULL CHECK (level IN ('province', 'regency', 'city')),
    name          VARCHAR(120) NOT NULL,
    province_code VARCHAR(2)   NOT NULL
);

CREATE TABLE office (
    code        VARCHAR(5)   PRIMARY KEY,
    level       VARCHAR(4)   NOT NULL CHECK (level IN ('RI', 'PROV', 'KAB', 'KOTA')),
    name        VARCHAR(160) NOT NULL,
    region_code VARCHAR(5)   REFERENCES region (code),
    parent_code VARCHAR(5)   REFERENCES office (code)
);
CREATE INDEX office_parent_idx ON office (parent_code);

CREATE TABLE agency (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    region_code VARCHAR(5)   REFERENCES region (code),
    ppk_title   VARCHAR(120) NOT NULL
);

CREATE TABLE violation_type (
    code     VARCHAR(40)  PRIMARY KEY,
    label    VARCHAR(200) NOT NULL,
    position INT          NOT NULL
);

CREATE TABLE sanction_class (
    code     VARCHAR(40)  PRIMARY KEY,
    label    VARCHAR(200) NOT NULL,
    basis    VARCHAR(120) NOT NULL,
    position INT          NOT NULL
);

CREATE TABLE holiday (
    day  DATE         PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
