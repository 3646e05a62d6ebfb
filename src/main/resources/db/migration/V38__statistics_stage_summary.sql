-- The open cases by the stage they wait at (issue 16), as of the last refresh of the statistics summaries: made by the
-- application (statistics.StatisticsSummaries) from the engine's open tasks, which are the application's tables, not
-- these migrations'. 'C' rows count cases (every scope but a PPK's), 'K' rows the cases of each PPK's own persons; the
-- stage '' counts the cases waiting at any stage (each once). Keyed as V37's summaries, so the same scopes and filters
-- apply.
CREATE TABLE stat_stage_summary (
    grouping        CHAR(1)     NOT NULL,
    stage           VARCHAR(64) NOT NULL,
    election_type   VARCHAR(16),
    incident_year   INT         NOT NULL,
    received_month  DATE        NOT NULL,
    region_code     VARCHAR(16),
    office_code     VARCHAR(16),
    case_forwarded  BOOLEAN     NOT NULL,
    ppk_agency      VARCHAR(40) NOT NULL,
    waiting         BIGINT      NOT NULL,
    overdue         BIGINT      NOT NULL
);
CREATE INDEX stat_stage_summary_grouping ON stat_stage_summary (grouping, stage);

-- A PPK's cases by the status its own persons' tracks make (as its case list reads them, casefile.PersonTracks), made by
-- the application at each refresh: the rule of that status is the application's.
CREATE TABLE stat_case_ppk_summary (
    ppk_agency      VARCHAR(40) NOT NULL,
    status          VARCHAR(32) NOT NULL,
    election_type   VARCHAR(16),
    incident_year   INT         NOT NULL,
    received_month  DATE        NOT NULL,
    region_code     VARCHAR(16),
    office_code     VARCHAR(16),
    case_forwarded  BOOLEAN     NOT NULL,
    cases           BIGINT      NOT NULL
);
CREATE INDEX stat_case_ppk_summary_agency ON stat_case_ppk_summary (ppk_agency);
