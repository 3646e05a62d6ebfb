package id.netra.bench;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * (e) The statistics (issue 16) on (b)'s database: each table as the API answers it from the summaries, side by side
 * with the same table counted from the case data (the naive query), for the scopes of an office, a province office,
 * Bawaslu RI, the examining agency and two PPKs; and the time a refresh of the summaries takes.
 */
final class StatisticsBench {

    private final ConfigurableApplicationContext ctx;
    private final JdbcClient owner;

    StatisticsBench(ConfigurableApplicationContext ctx, DataSource ownerDataSource) {
        this.ctx = ctx;
        this.owner = JdbcClient.create(ownerDataSource);
    }

    private record Query(String name, NetraUser user, IntSupplier run) {
    }

    void run(Report report) {
        report.heading("(e) Statistics on " + owner.sql("SELECT count(*) FROM case_file").query(Long.class).single() + " cases, "
                + owner.sql("SELECT count(*) FROM case_person").query(Long.class).single() + " persons");
        topUp(report);
        var summaries = ctx.getBean(id.netra.statistics.StatisticsSummaries.class);
        Latencies refresh = new Latencies();
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            summaries.refresh();
            refresh.add(System.nanoTime() - s);
        }
        report.text("A refresh of the summaries (both views, concurrently: readers go on meanwhile), three times: median "
                + refresh.percentileMillis(50) + " ms, the longest " + refresh.percentileMillis(100) + " ms; rows: persons "
                + owner.sql("SELECT count(*) FROM stat_person_summary").query(Long.class).single() + ", cases "
                + owner.sql("SELECT count(*) FROM stat_case_summary").query(Long.class).single() + ".");

        var persons = ctx.getBean(id.netra.statistics.PersonFigures.class);
        var cases = ctx.getBean(id.netra.statistics.CaseFigures.class);
        List<NetraUser> users = new ArrayList<>(id.netra.access.DemoAccounts.ACCOUNTS.stream()
                .filter(u -> List.of("bawaslu.serang", "bawaslu.banten", "bawaslu.ri", "examiner", "ppk.serang").contains(u.username()))
                .toList());
        users.add(new NetraUser("ppk.kemenag", "PPK", Role.PPK, null, NetraPath.NATIONAL_AGENCIES.get(0)));
        List<Query> summarised = new ArrayList<>();
        List<Query> naive = new ArrayList<>();
        for (NetraUser u : users) {
            for (String by : List.of("none", "province", "position", "agency", "bkn_office", "month", "violation", "sanction")) {
                summarised.add(new Query("persons by " + by, u, () -> persons.table(u, by, null, null, null, null, null).rows().size()));
            }
            summarised.add(new Query("persons by regency, Pilkada, Banten", u,
                    () -> persons.table(u, "regency", "PILKADA", null, null, null, "36").rows().size()));
            summarised.add(new Query("cases by status", u, () -> cases.cases(u, "status", null, null, null, null, null).rows().size()));
            summarised.add(new Query("open cases by stage", u, () -> cases.stages(u, null, null, null, null, null).rows().size()));
            // The same tables counted from the cases: a period of days is read the long way.
            naive.add(new Query("persons by province, counted", u,
                    () -> persons.table(u, "province", null, null, "2000-01-02", null, null).rows().size()));
            naive.add(new Query("persons by violation, counted", u,
                    () -> persons.table(u, "violation", null, null, "2000-01-02", null, null).rows().size()));
            naive.add(new Query("cases by status, counted", u,
                    () -> cases.cases(u, "status", null, null, "2000-01-02", null, null).rows().size()));
            naive.add(new Query("open cases by stage, counted", u,
                    () -> cases.stages(u, null, null, "2000-01-02", null, null).rows().size()));
        }
        report.text("");
        report.text("Each query run 10 times to warm up, then up to 100 times (at least 20, at most 15 s); in the service, the "
                + "scope included. \"counted\": the same table from the case data (a received period of days, which the "
                + "monthly summaries do not hold), run 2 + up to 10 times.");
        report.table("query", "user", "rows", "runs", "p50 ms", "p95 ms", "p99 ms");
        measure(report, summarised, 10, 100, 20);
        // -Dbench.naive=false: the summaries alone (the counting takes minutes at national scale).
        if (Boolean.parseBoolean(System.getProperty("bench.naive", "true"))) {
            measure(report, naive, 2, 10, 3);
        }
    }

    private static void measure(Report report, List<Query> queries, int warm, int most, int least) {
        for (Query q : queries) {
            Latencies lat = new Latencies();
            int rows = 0;
            long deadline = System.nanoTime() + 15_000_000_000L;
            for (int i = 0; i < warm + most && (i < warm + least || System.nanoTime() < deadline); i++) {
                long s = System.nanoTime();
                rows = q.run().getAsInt();
                if (i >= warm) {
                    lat.add(System.nanoTime() - s);
                }
            }
            report.row(q.name(), q.user().username(), rows, lat.count(), lat.percentileMillis(50), lat.percentileMillis(95),
                    lat.percentileMillis(99));
        }
    }

    /**
     * (b)'s clones copy a case's file, persons and tracks, not its examination, recommendation or block: those are made
     * here for every track whose status has them (once), so the statistics count proven, recommended and blocked persons
     * at national scale. Violation forms and sanctions spread over the catalogue by the person's id.
     */
    private void topUp(Report report) {
        long start = System.nanoTime();
        int examined = owner.sql("""
                INSERT INTO examination (person_id, case_id, outcome, violation_types, examined_at)
                SELECT t.person_id, t.case_id, CASE WHEN t.status = 'CLOSED_NOT_PROVEN' THEN 'NOT_PROVEN' ELSE 'PROVEN' END,
                       ARRAY[(ARRAY['SOCIAL_MEDIA', 'ATTEND_DECLARATION', 'PHOTO_WITH_CANDIDATE', 'CAMPAIGN_PARTICIPATION',
                              'PARTISAN_ACTIVITY'])[1 + abs(hashtext(t.person_id::text)) % 5]]::varchar[], now()
                FROM person_track t
                WHERE t.status IN ('RECOMMENDATION_ISSUED', 'OBJECTION_PENDING', 'FOLLOW_UP_OVERDUE', 'FOLLOW_UP_REPORTED',
                                   'CLOSED_SANCTIONED', 'CLOSED_NOT_PROVEN')
                  AND NOT EXISTS (SELECT 1 FROM examination e WHERE e.person_id = t.person_id)""").update();
        int sanctions = owner.sql("""
                INSERT INTO examination_sanction (person_id, kind, sanction_class)
                SELECT e.person_id, k.kind, CASE WHEN k.kind = 'MORAL' THEN
                       (ARRAY['MORAL_OPEN', 'MORAL_CLOSED'])[1 + abs(hashtext(e.person_id::text)) % 2]
                       ELSE (ARRAY['DISCIPLINE_MEDIUM', 'DISCIPLINE_LIGHT', 'DISCIPLINE_HEAVY'])[1 + abs(hashtext(e.person_id::text || 'd')) % 3] END
                FROM examination e CROSS JOIN (VALUES ('MORAL'), ('DISCIPLINARY')) AS k(kind)
                WHERE e.outcome = 'PROVEN' AND NOT EXISTS (SELECT 1 FROM examination_sanction s WHERE s.person_id = e.person_id)""").update();
        int recommended = owner.sql("""
                INSERT INTO recommendation (person_id, case_id, number, agency_code, issued_at)
                SELECT e.person_id, e.case_id, 'BENCH-R-' || e.person_id, t.ppk_agency, now()
                FROM examination e JOIN person_track t ON t.person_id = e.person_id
                WHERE e.outcome = 'PROVEN' AND t.ppk_agency IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM recommendation r WHERE r.person_id = e.person_id)""").update();
        int blocked = owner.sql("""
                INSERT INTO personnel_data_block (person_id, case_id, blocked)
                SELECT t.person_id, t.case_id, TRUE FROM person_track t
                WHERE (t.status = 'FOLLOW_UP_OVERDUE' OR (t.status = 'CLOSED_SANCTIONED' AND abs(hashtext(t.person_id::text)) % 10 = 0))
                  AND NOT EXISTS (SELECT 1 FROM personnel_data_block b WHERE b.person_id = t.person_id)""").update();
        owner.sql("ANALYZE examination").update();
        owner.sql("ANALYZE examination_sanction").update();
        owner.sql("ANALYZE recommendation").update();
        owner.sql("ANALYZE personnel_data_block").update();
        report.text("Made for the clones' tracks (once; 0 on a database topped up before): " + examined + " examinations, " + sanctions
                + " recommended sanctions, " + recommended + " recommendations, " + blocked + " blocks, in "
                + (System.nanoTime() - start) / 1_000_000_000 + " s.");
    }
}
