-- Statistics summaries (issue 16): the persons' and the cases' figures counted once per refresh into materialised views,
-- grouped by every criterion a statistics table filters on (election type, incident year, month received, region) and
-- every column a reader's scope is decided by (office, forwarded, the PPK's agency), so that a table of any scope sums
-- a few thousand rows instead of counting a million cases. Refreshed by refresh_statistics_summaries() after the cases
-- change (statistics.StatisticsSummaries); the moment of the last refresh, by the application's clock, is each table's
-- cut-off.

-- The persons: one row per key set and kind of breakdown — 'N' none (province, regency and month come from the keys),
-- 'P' position category, 'A' the agency (the track's PPK, else the person's own), 'V' each form of the violation (the
-- examination's, else the assessment's), 'S' each sanction class recommended ('' for none). The figures are the same
-- expressions as statistics.PersonFigures counts from the cases.
CREATE MATERIALIZED VIEW stat_person_summary AS
WITH person AS (
    SELECT c.election_type,
           COALESCE(EXTRACT(YEAR FROM c.incident_date)::int, 0)                          AS incident_year,
           date_trunc('month', c.created_at AT TIME ZONE 'Asia/Jakarta')::date          AS received_month,
           c.region_code,
           c.office_code,
           c.forwarded_at IS NOT NULL                                                    AS case_forwarded,
           COALESCE(t.ppk_agency, '')                                                    AS ppk_agency,
           COALESCE(p.position_category, '')                                             AS position_category,
           COALESCE(t.ppk_agency, p.agency_code, '')                                     AS agency,
           COALESCE(NULLIF(e.violation_types, '{}'),
                    NULLIF((SELECT a.violation_types FROM assessment a WHERE a.case_id = c.id), '{}'),
                    ARRAY['']::varchar[])                                                AS violations,
           COALESCE(NULLIF(ARRAY(SELECT s.sanction_class FROM examination_sanction s
                                 WHERE s.person_id = p.id AND e.outcome = 'PROVEN' ORDER BY s.kind)::varchar[], '{}'),
                    ARRAY['']::varchar[])                                                AS sanctions,
           (c.register_number IS NOT NULL)::int                                          AS registered,
           (t.person_id IS NOT NULL)::int                                                AS forwarded,
           (e.outcome = 'PROVEN')::int                                                   AS proven,
           (r.person_id IS NOT NULL)::int                                                AS recommended,
           (t.status = 'CLOSED_SANCTIONED')::int                                         AS followed_up,
           (r.person_id IS NOT NULL AND t.status IN ('RECOMMENDATION_ISSUED', 'OBJECTION_PENDING', 'FOLLOW_UP_OVERDUE',
                                                     'FOLLOW_UP_REPORTED'))::int          AS not_followed_up,
           (t.status = 'CLOSED_NOT_PROVEN')::int                                         AS not_proven,
           (t.status = 'CLOSED_MOOT')::int                                               AS moot,
           EXISTS (SELECT 1 FROM personnel_data_block b WHERE b.person_id = p.id)::int  AS blocked
    FROM case_person p
    JOIN case_file c ON c.id = p.case_id
    LEFT JOIN person_track t ON t.person_id = p.id
    LEFT JOIN examination e ON e.person_id = p.id
    LEFT JOIN recommendation r ON r.person_id = p.id
), keyed AS (
    SELECT 'N'::char(1) AS kind, ''::varchar AS k, person.* FROM person
    UNION ALL SELECT 'P', position_category, person.* FROM person
    UNION ALL SELECT 'A', agency, person.* FROM person
    UNION ALL SELECT 'V', v, person.* FROM person CROSS JOIN LATERAL unnest(violations) AS u(v)
    UNION ALL SELECT 'S', s, person.* FROM person CROSS JOIN LATERAL unnest(sanctions) AS u(s)
)
SELECT kind, k, election_type, incident_year, received_month, region_code, office_code, case_forwarded, ppk_agency,
       count(*)::bigint AS reported, sum(registered)::bigint AS registered, sum(forwarded)::bigint AS forwarded,
       sum(proven)::bigint AS proven, sum(recommended)::bigint AS recommended, sum(followed_up)::bigint AS followed_up,
       sum(not_followed_up)::bigint AS not_followed_up, sum(not_proven)::bigint AS not_proven, sum(moot)::bigint AS moot,
       sum(blocked)::bigint AS blocked
FROM keyed
GROUP BY kind, k, election_type, incident_year, received_month, region_code, office_code, case_forwarded, ppk_agency;

-- Unique (REFRESH ... CONCURRENTLY needs it: readers are never blocked by a refresh), and the way in by kind.
CREATE UNIQUE INDEX stat_person_summary_key ON stat_person_summary
    (kind, k, election_type, incident_year, received_month, region_code, office_code, case_forwarded, ppk_agency);

-- The cases by status (how many are overdue is read from the engine's open tasks as the table is asked for: the engine's
-- tables are the application's, made at its start, and no business of these migrations).
CREATE MATERIALIZED VIEW stat_case_summary AS
SELECT c.status,
       c.election_type,
       COALESCE(EXTRACT(YEAR FROM c.incident_date)::int, 0)                 AS incident_year,
       date_trunc('month', c.created_at AT TIME ZONE 'Asia/Jakarta')::date AS received_month,
       c.region_code,
       c.office_code,
       c.forwarded_at IS NOT NULL                                           AS case_forwarded,
       count(*)::bigint                                                     AS cases
FROM case_file c
GROUP BY 1, 2, 3, 4, 5, 6, 7;

CREATE UNIQUE INDEX stat_case_summary_key ON stat_case_summary
    (status, election_type, incident_year, received_month, region_code, office_code, case_forwarded);

-- When the summaries were last made: their cut-off.
CREATE TABLE stat_summary_state (
    name         VARCHAR(40) PRIMARY KEY,
    refreshed_at TIMESTAMPTZ NOT NULL
);
INSERT INTO stat_summary_state (name, refreshed_at) VALUES ('summaries', now());

-- The application role does not own the views (the migrations' role does), so it refreshes them through this function,
-- run as their owner; nothing else is granted. Concurrently: the tables are read meanwhile from the previous summaries.
-- "at": the moment by the application's clock (which may run ahead of the server's, NETRA_CLOCK_OFFSET).
CREATE FUNCTION refresh_statistics_summaries(at TIMESTAMPTZ) RETURNS TIMESTAMPTZ
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    REFRESH MATERIALIZED VIEW CONCURRENTLY stat_person_summary;
    REFRESH MATERIALIZED VIEW CONCURRENTLY stat_case_summary;
    UPDATE stat_summary_state SET refreshed_at = at WHERE name = 'summaries';
    RETURN at;
END
$$;
REVOKE ALL ON FUNCTION refresh_statistics_summaries(TIMESTAMPTZ) FROM PUBLIC;

DO $$
DECLARE
    app TEXT := '${appRole}';
BEGIN
    IF app <> current_user THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION refresh_statistics_summaries(TIMESTAMPTZ) TO %I', app);
        EXECUTE format('GRANT SELECT ON stat_person_summary, stat_case_summary TO %I', app);
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON stat_summary_state FROM %I', app);
    END IF;
END
$$;

-- The public figures of a day: each election's counts by province, made once from the summaries by the first reader
-- of the day on any node, and published as made all day (statistics.PublicFigures), so that no two readings of a day
-- differ by one person.
CREATE TABLE public_statistics (
    day      DATE        NOT NULL,
    election VARCHAR(20) NOT NULL,
    cut_off  TIMESTAMPTZ NOT NULL,
    figures  JSONB       NOT NULL,
    PRIMARY KEY (day, election)
);
