-- The numbers of SPEC §3 as an administrator set them. A rule set without a row here uses netra.rules.* from the
-- configuration. A change applies to deadlines computed after it; deadlines already set keep their dates.
CREATE TABLE rule_set (
    election_type                     VARCHAR(8)  PRIMARY KEY CHECK (election_type IN ('PEMILU', 'PILKADA')),
    report_filing_working_days        INT         NOT NULL CHECK (report_filing_working_days BETWEEN 1 AND 365),
    initial_review_days               INT         NOT NULL CHECK (initial_review_days BETWEEN 1 AND 365),
    completion_days                   INT         NOT NULL CHECK (completion_days BETWEEN 1 AND 365),
    assessment_working_days           INT         NOT NULL CHECK (assessment_working_days BETWEEN 1 AND 365),
    assessment_extended_working_days  INT         NOT NULL CHECK (assessment_extended_working_days BETWEEN 1 AND 365),
    examination_working_days          INT         NOT NULL CHECK (examination_working_days BETWEEN 1 AND 365),
    ppk_follow_up_working_days        INT         NOT NULL CHECK (ppk_follow_up_working_days BETWEEN 1 AND 365),
    ppk_reminder_working_days         INT         NOT NULL CHECK (ppk_reminder_working_days BETWEEN 1 AND 365),
    changed_by                        VARCHAR(80) NOT NULL,
    changed_at                        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (assessment_extended_working_days >= assessment_working_days),
    CHECK (ppk_reminder_working_days < ppk_follow_up_working_days)
);
