package id.netra.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * (a) Whole cases from report to CLOSED_SANCTIONED at 1, 2 and 4 workers: Netra through its services, the same BPMN
 * on a bare engine configured as Netra's, on databases of the same size; each row three times, the order of the two
 * alternating; and PostgreSQL's own limit for single-statement commits through the same pool.
 */
final class PathBench {

    /** Runs per row; the order of the two systems alternates from one to the next. */
    static final int RUNS = 3;

    private final ConfigurableApplicationContext ctx;
    private final DataSource owner;
    private final Duration warmup;
    private final Duration window;

    PathBench(ConfigurableApplicationContext ctx, DataSource owner, Duration warmup, Duration window) {
        this.ctx = ctx;
        this.owner = owner;
        this.warmup = warmup;
        this.window = window;
    }

    /** One system's measured runs of a row, and the cases in its database when each started. */
    private record Runs(List<Throughput.Result> results, List<Long> startedAt) {
        Runs() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        Spread of(ToDoubleFunction<Throughput.Result> value) {
            return Spread.of(results.stream().mapToDouble(value).toArray());
        }
    }

    void run(Report report, List<Integer> workerCounts) throws Exception {
        HikariDataSource app = ctx.getBean(HikariDataSource.class);
        JdbcClient appJdbc = JdbcClient.create(app);
        JdbcClient ownerJdbc = JdbcClient.create(owner);
        ownerJdbc.sql("DROP DATABASE IF EXISTS bare WITH (FORCE)").update();
        ownerJdbc.sql("CREATE DATABASE bare OWNER netra_app").update();
        ownerJdbc.sql("CREATE TABLE IF NOT EXISTS bench_commit (id BIGSERIAL PRIMARY KEY, v TEXT NOT NULL)").update();
        String bareUrl = app.getJdbcUrl().replaceAll("/postgres(\\?|$)", "/bare$1");
        ProcessEngineConfigurationImpl netraEngine = (ProcessEngineConfigurationImpl)
                ctx.getBean(ProcessEngine.class).getProcessEngineConfiguration();

        report.heading("(a) Whole cases, report to CLOSED_SANCTIONED (8 task completions each)");
        try (BareEngine bare = new BareEngine(bareUrl, "netra_app", app.getMaximumPoolSize(), netraEngine)) {
            NetraPath netra = new NetraPath(ctx);
            SameSize size = new SameSize(ownerJdbc, "postgres", netra, bare.jdbc(), "bare", bare);
            AtomicInteger sequence = new AtomicInteger();
            String index = size.subTaskIndex();
            boolean loaded = SameSize.cases(ownerJdbc) > 0;
            List<String> unmatched = size.matchStates(sequence, System.out::println);
            String start = size.describe();
            report.text("What is measured: whole cases run in this JVM by calling services, **without HTTP and without "
                    + "sign-in or security filters**. Netra: the public report through `IntakeService.submitReport` (what "
                    + "`POST /api/v1/public/reports` calls), then each of the 8 tasks of the path found by its case and key "
                    + "(one engine query) and completed through `TaskActions.complete` with its form, as "
                    + "`POST /api/v1/tasks/{id}/complete` calls it, by a user of the right office or agency: Netra's access "
                    + "checks, the form's checks and writes, the claim, the engine's completion and the audit row in one "
                    + "transaction; then the case's status read (and, after the report, one query of the benchmark's for "
                    + "the new case's id). The bare engine: the same BPMN started with the same variables, each task found "
                    + "by its case and key, then claimed and completed with the routing variables in one transaction (one "
                    + "engine command), delegates doing nothing and deadlines fixed; then its historic instance read.");
            report.text("");
            report.text("Both engines: " + bare.settings() + " (the bare engine's copied from Netra's); neither calls the "
                    + "engine as an engine user, so with authorization on the engine checks no permissions but writes "
                    + "and deletes the tasks' authorizations. Pool size " + app.getMaximumPoolSize() + " each, one "
                    + "PostgreSQL server; " + index + ".");
            report.text("");
            report.text("Same database size: " + (loaded
                    ? "Netra's database held cases already (a reused one), and the bare engine's was brought to the same "
                    + "number in the same states (bare cases run to each state and, where many, cloned in SQL, engine rows "
                    + "only); "
                    : "both databases start empty (no cases); ")
                    + "before every measured run the system that has run fewer cases runs the difference, unmeasured, so "
                    + "that each measured run, its warm-up included, starts with "
                    + "both databases holding the same number of cases (the column \"cases in database\"). At the start: "
                    + start + (unmatched.isEmpty() ? "" : "; not reproduced in the bare engine's: " + String.join(", ", unmatched))
                    + ".");
            report.text("");
            report.text("Each row is measured " + RUNS + " times, the order alternating (Netra then bare, bare then Netra, "
                    + "...), each run " + window.toSeconds() + " s after " + warmup.toSeconds() + " s of warm-up; cells "
                    + "give the median and the range (min–max) of the runs. Netra ÷ bare is time per case (bare cases/s "
                    + "÷ Netra cases/s) from the medians, with the range the two ranges allow, rounded to the digits that "
                    + "range leaves. Both systems first warmed up for " + warmup.multipliedBy(3).toSeconds()
                    + " s at 2 workers. Commits per case from 20 cases run one after another: all committed transactions "
                    + "(pg_stat_database, read-only ones included, which write no commit record and wait for no disk "
                    + "flush) / of them the writing ones (transaction ids assigned on the server meanwhile, which each "
                    + "flush the WAL at commit; the other system idle).");

            String netraCommits = commitsPerCase(ownerJdbc, "postgres", netra, sequence);
            String bareCommits = commitsPerCase(ownerJdbc, "bare", bare, sequence);
            // Both warmed up well before the first row: on 2 cores the JIT compilers need more than a row's warm-up.
            size.equalize(2, sequence);
            Throughput.run(2, Duration.ZERO, warmup.multipliedBy(3), sequence, netra::runCase);
            Throughput.run(2, Duration.ZERO, warmup.multipliedBy(3), sequence, bare::runCase);
            report.text("");
            report.table("workers", "system", "cases/s", "tasks/s", "case p50 ms", "case p95 ms", "cases in database",
                    "commits/case (all / writing)", "Netra ÷ bare (time per case)");
            List<String> orders = new ArrayList<>();
            for (int workers : workerCounts) {
                Runs n = new Runs();
                Runs b = new Runs();
                List<String> order = new ArrayList<>();
                for (int r = 0; r < RUNS; r++) {
                    boolean netraFirst = r % 2 == 0;
                    for (boolean isNetra : netraFirst ? new boolean[]{true, false} : new boolean[]{false, true}) {
                        Runs into = isNetra ? n : b;
                        into.startedAt().add(size.equalize(workers, sequence));
                        Throughput.Result result = Throughput.run(workers, warmup, window, sequence,
                                isNetra ? netra::runCase : bare::runCase);
                        into.results().add(result);
                        order.add((isNetra ? "Netra " : "bare ") + Report.format(result.perSecond()));
                    }
                }
                orders.add(workers + " worker" + (workers == 1 ? "" : "s") + ": " + String.join(" → ", order));
                row(report, netra.name(), workers, n, netraCommits, "");
                row(report, bare.name(), workers, b, bareCommits,
                        Spread.ratio(b.of(Throughput.Result::perSecond), n.of(Throughput.Result::perSecond)));
            }
            report.text("");
            report.text("Runs in the order measured (cases/s): " + String.join("; ", orders) + ".");
            report.text("");
            report.text("At the end: " + size.describe() + ".");
        }

        report.heading("PostgreSQL's own limit: single-statement commits through the same pool (INSERT, autocommit)");
        report.table("workers", "commits/s", "commit p50 ms", "commit p95 ms", "commit p99 ms");
        AtomicInteger sequence = new AtomicInteger();
        for (int workers : workerCounts) {
            Throughput.Result r = Throughput.run(workers, Duration.ofSeconds(2), Duration.ofSeconds(Math.max(5, window.toSeconds() / 2)),
                    sequence, seq -> {
                        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
                            s.executeUpdate("INSERT INTO bench_commit (v) VALUES ('" + seq + "')");
                        }
                        return 1;
                    });
            report.row(workers, r.perSecond(), r.latencies().percentileMillis(50), r.latencies().percentileMillis(95),
                    r.latencies().percentileMillis(99));
        }
        appJdbc.sql("SELECT 1").query(Integer.class).single();
    }

    private static void row(Report report, String system, int workers, Runs runs, String commitsPerCase, String ratio) {
        Spread tasks = runs.of(Throughput.Result::subPerSecond);
        Spread cases = Spread.of(runs.startedAt().stream().mapToDouble(Long::doubleValue).toArray());
        report.row(workers, system, runs.of(Throughput.Result::perSecond).format(), tasks.format(),
                runs.of(r -> r.latencies().percentileMillis(50)).format(), runs.of(r -> r.latencies().percentileMillis(95)).format(),
                String.format(java.util.Locale.ROOT, "%,.0f–%,.0f", cases.min(), cases.max()), commitsPerCase, ratio);
    }

    /**
     * Commits per case from 20 cases run one after another (the count does not depend on concurrency): all the
     * database's committed transactions, and the writing ones among them. A bare case cannot take fewer than 9 writing
     * commits (the start and the 8 completions); its task queries and the history read commit too, read-only.
     */
    private static String commitsPerCase(JdbcClient owner, String database, CaseWorkload work, AtomicInteger sequence)
            throws InterruptedException {
        int cases = 20;
        long before = commits(owner, database);
        long xidBefore = nextTransactionId(owner);
        for (int i = 0; i < cases; i++) {
            work.runCase(sequence.incrementAndGet());
        }
        long writing = nextTransactionId(owner) - xidBefore;
        double all = (commits(owner, database) - before) / (double) cases;
        return Report.format(all) + " / " + Report.format(writing / (double) cases);
    }

    /**
     * The server's next transaction id: only a transaction that writes is given one (and flushes the WAL at its commit),
     * so the difference counts writing transactions, server-wide (autovacuum's included; nothing else runs meanwhile).
     */
    private static long nextTransactionId(JdbcClient owner) {
        return owner.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    static long commits(JdbcClient owner, String database) throws InterruptedException {
        // A backend flushes its statistics at a transaction's end at most once a second, and an idle one only after
        // PostgreSQL's idle interval (10 s): wait that out, or the last commits of the pool's idle connections are
        // missed (the counts of 2026-11-27 waited 1.1 s and missed them: 8.05 for a bare case that commits at least 9).
        Thread.sleep(11_000);
        return owner.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = :d").param("d", database)
                .query(Long.class).single();
    }
}
