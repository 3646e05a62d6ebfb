package id.netra.statistics;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseAccess;
import id.netra.casefile.CaseStatus;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.Today;
import id.netra.reference.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cases' figures, counted in cases over the reader's scope: by status (or province, regency, month received) with
 * how many are open, closed and overdue; and the open cases at each stage of the path (the task waiting) with how many
 * of them are past that stage's deadline.
 */
@Service
public class CaseFigures {

    /** What a table of cases is broken down by. */
    public enum By { STATUS, PROVINCE, REGENCY, MONTH }

    /** One row's cases: all, still open, closed, and with a task past its due time. */
    public record CaseCounts(long cases, long open, long closed, long overdue) {
    }

    public record CaseRow(String key, String label, CaseCounts counts) {
    }

    /** Cases by one dimension: unit, cut-off, filter, rows, total. */
    public record CaseTable(String unit, String by, Instant cutOff, StatisticsCriteria.StatisticsFilter filter, List<CaseRow> rows,
                            CaseCounts total) {
    }

    /** A stage (the task key waiting) and the open cases waiting there, all and overdue. */
    public record StageRow(String key, String label, long waiting, long overdue) {
    }

    public record StageTable(String unit, Instant cutOff, StatisticsCriteria.StatisticsFilter filter, List<StageRow> rows, long waiting,
                             long overdue) {
    }

    private static final String OVERDUE_CASES = """
            SELECT DISTINCT COALESCE(s.case_id, CAST(pi.business_key_ AS uuid)) AS case_id
            FROM act_ru_task t
            LEFT JOIN task_subject s ON s.task_id = t.id_
            LEFT JOIN act_ru_execution pi ON pi.id_ = t.proc_inst_id_
            WHERE t.due_date_ < :now""";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final ReferenceData reference;
    private final StatisticsSummaries summaries;

    CaseFigures(JdbcClient jdbc, CaseAccess access, ReferenceData reference, StatisticsSummaries summaries) {
        this.summaries = summaries;
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
    }

    @Transactional(readOnly = true)
    public CaseTable cases(NetraUser user, String by, String electionType, String year, String from, String to, String region) {
        List<FieldError> errors = new ArrayList<>();
        By dimension = null;
        try {
            dimension = By.valueOf((by == null || by.isBlank() ? "STATUS" : by).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("by", "statistics.casesBy"));
        }
        StatisticsCriteria criteria = StatisticsCriteria.parse(reference, electionType, year, from, to, region, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return cases(user, dimension, criteria, true);
    }

    /**
     * The cases' table: from the summaries as last refreshed when {@code fromSummaries} and they can answer it (a period
     * of whole months), else counted from the cases now.
     */
    CaseTable cases(NetraUser user, By dimension, StatisticsCriteria criteria, boolean fromSummaries) {
        // A PPK's from its own summary (V38), by the status its persons make; everyone else's from V37's.
        boolean ppkReader = user != null && user.role() == id.netra.access.Role.PPK;
        CaseAccess.Scope summaryScope = access.summaryScope(user);
        String summaryTable = ppkReader ? "stat_case_ppk_summary" : "stat_case_summary";
        boolean summarised = fromSummaries && criteria.wholeMonths();
        Instant cutOff = summarised ? summaries.refreshedAt() : Today.now();
        Map<String, Object> params = new HashMap<>();
        String where = criteria.where(access, user, null, cutOff, params);
        params.put("now", java.sql.Timestamp.from(Today.now()));
        params.put("closed", java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::closed).map(Enum::name).toList());
        // A PPK reads a case's status as its own persons' tracks make it (as its case list does), and counts a case overdue
        // by its own persons' tasks and the case's own.
        boolean ppk = user != null && user.role() == id.netra.access.Role.PPK;
        String status = ppk ? id.netra.casefile.PersonTracks.summariseSql("person_track t WHERE t.case_id = c.id AND t.ppk_agency = :scopeAgency")
                : "c.status";
        String overdueCases = ppk ? OVERDUE_CASES + " AND (s.person_id IS NULL OR EXISTS (SELECT 1 FROM person_track pt"
                + " WHERE pt.person_id = s.person_id AND pt.ppk_agency = :scopeAgency))" : OVERDUE_CASES;
        String key = switch (dimension) {
            case STATUS -> status;
            case PROVINCE -> "left(c.region_code, 2)";
            case REGENCY -> "c.region_code";
            case MONTH -> "to_char(c.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM')";
        };
        By d = dimension;
        List<CaseRow> rows;
        if (summarised) {
            // The cases from the summaries; how many are overdue from the open tasks now (the engine's, not summarised).
            Map<String, Object> sp = new HashMap<>(summaryScope.params());
            String sw = " WHERE " + summaryScope.condition() + criteria.summaryWhere(sp);
            sp.put("closed", params.get("closed"));
            Map<String, Long> overdue = new HashMap<>();
            jdbc.sql("WITH overdue AS (" + overdueCases + ") SELECT " + key + " AS k, count(*) FROM case_file c JOIN overdue o ON o.case_id = c.id"
                            + where + " GROUP BY 1")
                    .params(params).query((rs, n) -> overdue.put(rs.getString(1), rs.getLong(2))).list();
            String summaryKey = switch (dimension) {
                case STATUS -> "status";
                case PROVINCE -> "left(region_code, 2)";
                case REGENCY -> "region_code";
                case MONTH -> "to_char(received_month, 'YYYY-MM')";
            };
            rows = new ArrayList<>(jdbc.sql("SELECT " + summaryKey + " AS k, sum(cases), COALESCE(sum(cases) FILTER (WHERE status NOT IN (:closed)), 0),"
                            + " COALESCE(sum(cases) FILTER (WHERE status IN (:closed)), 0) FROM " + summaryTable + sw + " GROUP BY 1")
                    .params(sp)
                    .query((rs, n) -> new CaseRow(rs.getString(1), label(d, rs.getString(1)),
                            new CaseCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), overdue.getOrDefault(rs.getString(1), 0L))))
                    .list());
        } else {
            rows = new ArrayList<>(jdbc.sql("WITH overdue AS (" + overdueCases + ") SELECT " + key + " AS k, count(*), count(*) FILTER (WHERE "
                            + status + " NOT IN (:closed)), count(*) FILTER (WHERE " + status + " IN (:closed)), count(o.case_id)"
                            + " FROM case_file c LEFT JOIN overdue o ON o.case_id = c.id" + where + " GROUP BY 1")
                    .params(params)
                    .query((rs, n) -> new CaseRow(rs.getString(1), label(d, rs.getString(1)),
                            new CaseCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                    .list());
        }
        if (dimension == By.STATUS) {
            // In the path's order, every status present even at nought, as the agencies' tables list them.
            Map<String, CaseRow> found = new HashMap<>();
            rows.forEach(r -> found.put(r.key(), r));
            rows.clear();
            for (CaseStatus s : CaseStatus.values()) {
                rows.add(found.getOrDefault(s.name(), new CaseRow(s.name(), label(d, s.name()), new CaseCounts(0, 0, 0, 0))));
            }
        } else if (dimension == By.MONTH) {
            rows.sort(Comparator.comparing(CaseRow::key));
        } else {
            rows.sort(Comparator.comparingLong((CaseRow r) -> r.counts().cases()).reversed().thenComparing(CaseRow::key));
        }
        long[] sum = new long[4];
        for (CaseRow r : rows) {
            sum[0] += r.counts().cases();
            sum[1] += r.counts().open();
            sum[2] += r.counts().closed();
            sum[3] += r.counts().overdue();
        }
        return new CaseTable("cases", dimension.name(), cutOff, criteria.filter(), rows, new CaseCounts(sum[0], sum[1], sum[2], sum[3]));
    }

    /** The open cases by the stage they wait at (a case waiting at two stages counts in each; the totals once). */
    @Transactional(readOnly = true)
    public StageTable stages(NetraUser user, String electionType, String year, String from, String to, String region) {
        List<FieldError> errors = new ArrayList<>();
        StatisticsCriteria criteria = StatisticsCriteria.parse(reference, electionType, year, from, to, region, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return stages(user, criteria, true);
    }

    /**
     * The stages' table: from the summaries (V38) as last refreshed when {@code fromSummaries} and the period is of whole
     * months, else from the open tasks now. A PPK counts the cases of its own persons' tasks.
     */
    StageTable stages(NetraUser user, StatisticsCriteria criteria, boolean fromSummaries) {
        boolean ppk = user.role() == id.netra.access.Role.PPK;
        List<StageRow> rows = new ArrayList<>();
        long[] totals = new long[2];
        // A row per stage, and the row of every stage ('') with the totals.
        org.springframework.jdbc.core.RowMapper<Object> collect = (rs, n) -> {
            if (rs.getString(1).isEmpty()) {
                totals[0] = rs.getLong(2);
                totals[1] = rs.getLong(3);
            } else {
                rows.add(new StageRow(rs.getString(1), Messages.current("task." + rs.getString(1)), rs.getLong(2), rs.getLong(3)));
            }
            return null;
        };
        Instant cutOff;
        if (fromSummaries && criteria.wholeMonths()) {
            CaseAccess.Scope scope = access.summaryScope(user);
            Map<String, Object> params = new HashMap<>(scope.params());
            String where = " WHERE grouping = :grouping AND " + scope.condition() + criteria.summaryWhere(params);
            params.put("grouping", ppk ? "K" : "C");
            cutOff = summaries.refreshedAt();
            jdbc.sql("SELECT stage, sum(waiting), sum(overdue) FROM stat_stage_summary" + where + " GROUP BY stage")
                    .params(params)
                    .query(collect).list();
        } else {
            cutOff = Today.now();
            Map<String, Object> params = new HashMap<>();
            String where = criteria.where(access, user, null, cutOff, params);
            CaseAccess.Scope persons = access.personScope(user, "p");
            params.putAll(persons.params());
            params.put("now", java.sql.Timestamp.from(cutOff));
            // Each open task, its case (by its subject, else its process's business key) and its person when it has one.
            String tasks = """
                    WITH task AS (
                      SELECT t.task_def_key_ AS stage, c.id AS case_id, t.due_date_ < :now AS late
                      FROM act_ru_task t
                      LEFT JOIN task_subject s ON s.task_id = (t.id_ COLLATE "C")
                      LEFT JOIN act_ru_execution pi ON pi.id_ = t.proc_inst_id_
                      JOIN case_file c ON c.id = COALESCE(s.case_id, CAST(pi.business_key_ AS uuid))
                      LEFT JOIN case_person p ON p.id = s.person_id
                    """ + where + (ppk ? " AND p.id IS NOT NULL AND " + persons.condition() : "") + ")\n";
            jdbc.sql(tasks + """
                            SELECT COALESCE(stage, ''), count(DISTINCT case_id), count(DISTINCT case_id) FILTER (WHERE late) FROM task
                            GROUP BY GROUPING SETS ((stage), ())""")
                    .params(params)
                    .query(collect).list();
        }
        rows.sort(Comparator.comparingLong(StageRow::overdue).reversed().thenComparing(Comparator.comparingLong(StageRow::waiting).reversed())
                .thenComparing(StageRow::key));
        return new StageTable("cases", cutOff, criteria.filter(), rows, totals[0], totals[1]);
    }

    private String label(By by, String key) {
        if (key == null) {
            return Messages.current("statistics.unknown");
        }
        return switch (by) {
            case STATUS -> Messages.current("case.status." + key);
            case PROVINCE, REGENCY -> reference.regionName(key);
            case MONTH -> PersonFigures.month(key);
        };
    }
}
