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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * (a) Whole cases from report to CLOSED_SANCTIONED at 1, 2 and 4 workers: Netra through its services, the same BPMN
 * on a bare engine, and PostgreSQL's own limit for single-statement commits through the same pool.
 */
final class PathBench {

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

    void run(Report report, List<Integer> workerCounts) throws Exception {
        HikariDataSource app = ctx.getBean(HikariDataSource.class);
        JdbcClient appJdbc = JdbcClient.create(app);
        JdbcClient ownerJdbc = JdbcClient.create(owner);
        ownerJdbc.sql("DROP DATABASE IF EXISTS bare WITH (FORCE)").update();
        ownerJdbc.sql("CREATE DATABASE bare OWNER netra_app").update();
        ownerJdbc.sql("CREATE TABLE IF NOT EXISTS bench_commit (id BIGSERIAL PRIMARY KEY, v TEXT NOT NULL)").update();
        String bareUrl = app.getJdbcUrl().replaceAll("/postgres(\\?|$)", "/bare$1");

        report.heading("(a) Whole cases, report to CLOSED_SANCTIONED (8 task completions each), history level full");
        report.text("Measured " + window.toSeconds() + " s after " + warmup.toSeconds() + " s of warm-up per row; "
                + "pool size " + app.getMaximumPoolSize() + "; both systems first warmed up for " + warmup.multipliedBy(3).toSeconds()
                + " s at 2 workers; commits per case from pg_stat_database (20 cases one after another).");
        report.table("workers", "system", "cases/s", "tasks/s", "case p50 ms", "case p95 ms", "commits/case",
                "Netra ÷ bare (time per case)");
        ProcessEngineConfigurationImpl netraEngine = (ProcessEngineConfigurationImpl)
                ctx.getBean(ProcessEngine.class).getProcessEngineConfiguration();
        try (BareEngine bare = new BareEngine(bareUrl, "netra_app", app.getMaximumPoolSize(), netraEngine)) {
            report.text("Both engines: " + bare.settings() + " (the bare engine's copied from Netra's).");
            NetraPath netra = new NetraPath(ctx);
            AtomicInteger sequence = new AtomicInteger();
            double netraCommits = commitsPerCase(ownerJdbc, "postgres", netra, sequence);
            double bareCommits = commitsPerCase(ownerJdbc, "bare", bare, sequence);
            // Both warmed up well before the first row: on 2 cores the JIT compilers need more than a row's warm-up.
            Throughput.run(2, Duration.ZERO, warmup.multipliedBy(3), sequence, netra::runCase);
            Throughput.run(2, Duration.ZERO, warmup.multipliedBy(3), sequence, bare::runCase);
            for (int workers : workerCounts) {
                Throughput.Result n = Throughput.run(workers, warmup, window, sequence, netra::runCase);
                Throughput.Result b = Throughput.run(workers, warmup, window, sequence, bare::runCase);
                double ratio = b.perSecond() / n.perSecond();
                row(report, netra.name(), n, netraCommits, "");
                row(report, bare.name(), b, bareCommits, Report.format(ratio) + "×");
            }
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

    private static void row(Report report, String system, Throughput.Result r, double commitsPerCase, String ratio) {
        report.row(r.workers(), system, r.perSecond(), r.subPerSecond(), r.latencies().percentileMillis(50),
                r.latencies().percentileMillis(95), commitsPerCase, ratio);
    }

    /** Commits per case from 20 cases run one after another (the count does not depend on concurrency). */
    private static double commitsPerCase(JdbcClient owner, String database, CaseWorkload work, AtomicInteger sequence)
            throws InterruptedException {
        int cases = 20;
        long before = commits(owner, database);
        for (int i = 0; i < cases; i++) {
            work.runCase(sequence.incrementAndGet());
        }
        return (commits(owner, database) - before) / (double) cases;
    }

    static long commits(JdbcClient owner, String database) throws InterruptedException {
        Thread.sleep(1100); // statistics reach the shared view about once a second
        return owner.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = :d").param("d", database)
                .query(Long.class).single();
    }
}
