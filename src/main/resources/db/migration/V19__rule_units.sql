-- Every clock of a rule set has a number and a unit (SPEC §3): CALENDAR days or WORKING days (no weekend, no holiday).
-- The numbers keep their columns, whose names said the one unit each had (report_filing_working_days ...); each gets a
-- unit column beside it. A row an administrator saved before this release gets the unit its number's name implied, so
-- that it means what it meant: the *_working_days in working days, the initial review and the completion in calendar
-- days. The constant defaults are kept in the catalogue, not written into each row, and dropped afterwards: from now
-- on the application says every unit it writes.
ALTER TABLE rule_set
    ADD COLUMN report_filing_unit       VARCHAR(8) NOT NULL DEFAULT 'WORKING',
    ADD COLUMN initial_review_unit      VARCHAR(8) NOT NULL DEFAULT 'CALENDAR',
    ADD COLUMN completion_unit          VARCHAR(8) NOT NULL DEFAULT 'CALENDAR',
    ADD COLUMN assessment_unit          VARCHAR(8) NOT NULL DEFAULT 'WORKING',
    ADD COLUMN assessment_extended_unit VARCHAR(8) NOT NULL DEFAULT 'WORKING',
    ADD COLUMN examination_unit         VARCHAR(8) NOT NULL DEFAULT 'WORKING',
    ADD COLUMN ppk_follow_up_unit       VARCHAR(8) NOT NULL DEFAULT 'WORKING',
    ADD COLUMN ppk_reminder_unit        VARCHAR(8) NOT NULL DEFAULT 'WORKING',
    -- The new clock: a finding (temuan) set as a finding within its days of its discovery (UU 7/2017 art. 454(5)).
    -- Null in a row saved before this release, whose administrator never set it: the configuration's number and unit
    -- hold for it (deadline.RuleSets) until the rule set is saved again.
    ADD COLUMN finding_days             INT        CHECK (finding_days BETWEEN 1 AND 365),
    ADD COLUMN finding_unit             VARCHAR(8),
    ADD CONSTRAINT rule_set_finding_both CHECK ((finding_days IS NULL) = (finding_unit IS NULL)),
    ADD CONSTRAINT rule_set_units CHECK (
        report_filing_unit IN ('CALENDAR', 'WORKING') AND initial_review_unit IN ('CALENDAR', 'WORKING')
        AND completion_unit IN ('CALENDAR', 'WORKING') AND assessment_unit IN ('CALENDAR', 'WORKING')
        AND assessment_extended_unit IN ('CALENDAR', 'WORKING') AND examination_unit IN ('CALENDAR', 'WORKING')
        AND ppk_follow_up_unit IN ('CALENDAR', 'WORKING') AND ppk_reminder_unit IN ('CALENDAR', 'WORKING')
        AND (finding_unit IS NULL OR finding_unit IN ('CALENDAR', 'WORKING'))),
    -- The numbers' own checks (V9) still hold; across units, the shorter clock in working days and the longer in
    -- calendar days could end the wrong way round (a holiday week), so that pair is refused: the extension may not
    -- count calendar days after an assessment in working days, nor the reminder working days before a PPK deadline in
    -- calendar days.
    ADD CONSTRAINT rule_set_extension_unit CHECK (NOT (assessment_unit = 'WORKING' AND assessment_extended_unit = 'CALENDAR')),
    ADD CONSTRAINT rule_set_reminder_unit CHECK (NOT (ppk_reminder_unit = 'WORKING' AND ppk_follow_up_unit = 'CALENDAR'));

ALTER TABLE rule_set
    ALTER COLUMN report_filing_unit DROP DEFAULT,
    ALTER COLUMN initial_review_unit DROP DEFAULT,
    ALTER COLUMN completion_unit DROP DEFAULT,
    ALTER COLUMN assessment_unit DROP DEFAULT,
    ALTER COLUMN assessment_extended_unit DROP DEFAULT,
    ALTER COLUMN examination_unit DROP DEFAULT,
    ALTER COLUMN ppk_follow_up_unit DROP DEFAULT,
    ALTER COLUMN ppk_reminder_unit DROP DEFAULT;
