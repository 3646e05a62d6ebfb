package id.netra.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The statistics summaries (V37's materialised views, V38's stages) and their refresh: after any of Netra's domain events
 * has committed, at most once per {@code netra.statistics.refresh-interval} (ten minutes: a refresh of a national
 * database takes about a minute of one core), and at least once per
 * {@code netra.statistics.max-age} (an hour: what another node changed, or a clock's passing); concurrently, so readers
 * keep the previous summaries meanwhile. The moment of the last refresh is every summarised table's cut-off.
 */
@Component
public class StatisticsSummaries {

    private static final Logger log = LoggerFactory.getLogger(StatisticsSummaries.class);

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final Duration interval;
    private final Duration maxAge;
    private final AtomicBoolean changed = new AtomicBoolean(true);

    StatisticsSummaries(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactionManager,
                        @Value("${netra.statistics.refresh-interval:PT10M}") Duration interval,
                        @Value("${netra.statistics.max-age:PT1H}") Duration maxAge) {
        this.jdbc = jdbc;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.interval = interval;
        this.maxAge = maxAge;
    }

    /** When the summaries were last refreshed: the figures they hold stand at this moment. */
    public Instant refreshedAt() {
        return jdbc.sql("SELECT refreshed_at FROM stat_summary_state WHERE name = 'summaries'").query(java.sql.Timestamp.class)
                .single().toInstant();
    }

    /**
     * The open cases by stage at this moment, from the engine's open tasks (its tables are the application's, so the
     * application makes these rows, V38): each task's case by its subject, else its process's business key; a PPK's rows
     * by the agency of the task's person.
     */
    private static final String STAGES = """
            INSERT INTO stat_stage_summary (grouping, stage, election_type, incident_year, received_month, region_code, office_code,
                                            case_forwarded, ppk_agency, waiting, overdue)
            WITH task AS (
                SELECT t.task_def_key_ AS stage, c.id AS case_id, t.due_date_ < :now AS late, COALESCE(pt.ppk_agency, '') AS ppk_agency,
                       c.election_type, COALESCE(EXTRACT(YEAR FROM c.incident_date)::int, 0) AS incident_year,
                       date_trunc('month', c.created_at AT TIME ZONE 'Asia/Jakarta')::date AS received_month,
                       c.region_code, c.office_code, c.forwarded_at IS NOT NULL AS case_forwarded
                FROM act_ru_task t
                LEFT JOIN task_subject s ON s.task_id = (t.id_ COLLATE "C")
                LEFT JOIN act_ru_execution pi ON pi.id_ = t.proc_inst_id_
                JOIN case_file c ON c.id = COALESCE(s.case_id, CAST(pi.business_key_ AS uuid))
                LEFT JOIN person_track pt ON pt.person_id = s.person_id
            )
            SELECT 'C', COALESCE(stage, ''), election_type, incident_year, received_month, region_code, office_code, case_forwarded, '',
                   count(DISTINCT case_id), count(DISTINCT case_id) FILTER (WHERE late)
            FROM task
            GROUP BY GROUPING SETS ((stage, election_type, incident_year, received_month, region_code, office_code, case_forwarded),
                                    (election_type, incident_year, received_month, region_code, office_code, case_forwarded))
            UNION ALL
            SELECT 'K', COALESCE(stage, ''), election_type, incident_year, received_month, region_code, office_code, case_forwarded,
                   ppk_agency, count(DISTINCT case_id), count(DISTINCT case_id) FILTER (WHERE late)
            FROM task WHERE ppk_agency <> ''
            GROUP BY GROUPING SETS ((stage, election_type, incident_year, received_month, region_code, office_code, case_forwarded, ppk_agency),
                                    (election_type, incident_year, received_month, region_code, office_code, case_forwarded, ppk_agency))""";

    /** Each PPK's cases by the status its own persons' tracks make, at this moment (V38). */
    private static final String PPK_CASES = """
            INSERT INTO stat_case_ppk_summary (ppk_agency, status, election_type, incident_year, received_month, region_code, office_code,
                                               case_forwarded, cases)
            SELECT x.ppk_agency, %s, c.election_type, COALESCE(EXTRACT(YEAR FROM c.incident_date)::int, 0),
                   date_trunc('month', c.created_at AT TIME ZONE 'Asia/Jakarta')::date, c.region_code, c.office_code,
                   c.forwarded_at IS NOT NULL, count(*)
            FROM (SELECT DISTINCT case_id, ppk_agency FROM person_track WHERE ppk_agency IS NOT NULL) x
            JOIN case_file c ON c.id = x.case_id
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8""".formatted(
            id.netra.casefile.PersonTracks.summariseSql("person_track t WHERE t.case_id = x.case_id AND t.ppk_agency = x.ppk_agency"));

    /** Refreshes the summaries now; returns their new cut-off. */
    public Instant refresh() {
        changed.set(false);
        long start = System.nanoTime();
        // One refresh at a time, on any node (two replacing the application's tables at once would each keep the
        // other's rows): a transaction-scoped advisory lock, and everything in that transaction, so a reader sees the
        // previous summaries or these, never half of each.
        Instant at = transactions.execute(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('netra.statistics.refresh'))").query().singleRow();
            // The application's clock (it may run ahead of the server's), for the cut-off and what is overdue.
            java.sql.Timestamp now = java.sql.Timestamp.from(id.netra.platform.Today.now());
            Instant refreshed = jdbc.sql("SELECT refresh_statistics_summaries(:now)").param("now", now)
                    .query(java.sql.Timestamp.class).single().toInstant();
            jdbc.sql("DELETE FROM stat_stage_summary").update();
            jdbc.sql(STAGES).param("now", now).update();
            jdbc.sql("DELETE FROM stat_case_ppk_summary").update();
            jdbc.sql(PPK_CASES).update();
            return refreshed;
        });
        log.debug("Statistics summaries refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
        return at;
    }

    /**
     * Any of Netra's own events may change a figure: noted once its transaction has committed (a refresh begun before
     * would not see it). A plain listener with a synchronisation, not a transactional one: those the publication
     * registry keeps, and this one hears every event.
     */
    @EventListener
    void on(Object event) {
        Object payload = event instanceof org.springframework.context.PayloadApplicationEvent<?> p ? p.getPayload() : event;
        if (!payload.getClass().getName().startsWith("id.netra.")) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changed.set(true);
                }
            });
        } else {
            changed.set(true);
        }
    }

    @Scheduled(fixedDelayString = "${netra.statistics.refresh-check:PT10S}", initialDelayString = "${netra.statistics.refresh-check:PT10S}")
    void refreshWhenDue() {
        try {
            Duration age = Duration.between(refreshedAt(), id.netra.platform.Today.now());
            // A cut-off ahead of the clock (a clock set back since): due now.
            if (age.isNegative() || (changed.get() && age.compareTo(interval) >= 0) || age.compareTo(maxAge) >= 0) {
                refresh();
            }
        } catch (RuntimeException e) {
            // Said, and tried again at the next check: the tables keep the previous summaries meanwhile.
            log.warn("Statistics summaries not refreshed: {}", e.toString());
        }
    }
}
