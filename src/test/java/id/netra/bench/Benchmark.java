package id.netra.bench;

import id.netra.NetraApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Netra's benchmark (issue 4; docs/performance.md). Run with {@code ./mvnw -Pbench -DskipTests package}; prints
 * Markdown tables and writes them to {@code target/benchmark/}. Settings (system properties, via the profile):
 * {@code bench.sections} (a,b,c,d; e: the statistics on (b)'s database, best with bench.reuse), {@code bench.seconds} (measured window), {@code bench.workers} (1,2,4),
 * {@code bench.clients} (intake clients), {@code bench.open} / {@code bench.closed} (cases loaded for (b)),
 * {@code bench.reuse} (a data directory already loaded by (b): measure without loading again), {@code bench.only} (a
 * regular expression over (b)'s "query / user": measure those alone), {@code bench.explain} (true: (b) prints the plans of
 * its inbox and search statements after the figures), {@code bench.naive} (false: (e) measures the summaries alone).
 */
public final class Benchmark {

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // Said and ended: after a failure the JVM otherwise kept waiting on threads still running (and the build with it).
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        Set<String> sections = Set.copyOf(Arrays.asList(System.getProperty("bench.sections", "a,b,c,d").split(",")));
        Duration window = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
        List<Integer> workers = ints(System.getProperty("bench.workers", "1,2,4"));
        List<Integer> clients = ints(System.getProperty("bench.clients", "4,16"));
        int open = Integer.getInteger("bench.open", 100_000);
        int closed = Integer.getInteger("bench.closed", 1_000_000);
        // A data directory a run of (b) has loaded already: skips the load (e.g. to measure an index before and after).
        String reuse = System.getProperty("bench.reuse", "").isBlank() ? null : System.getProperty("bench.reuse");
        Path jar = Path.of(args.length > 0 ? args[0] : "target/netra-0.1.0-SNAPSHOT.jar");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path work = Path.of("target", "benchmark", stamp);
        Files.createDirectories(work);

        Report report = new Report();
        report.text("# Netra benchmark " + stamp);
        report.text("");
        report.text("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap for this JVM, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + "; total memory "
                + (((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 20) + " MiB.");

        if (sections.contains("c") || sections.contains("d")) {
            new ServiceBench(jar, work, window, sections.contains("c") ? clients : List.of()).run(report);
        }
        if (sections.contains("a") || sections.contains("b") || sections.contains("e")) {
            // Command-line arguments: they override application.yml (default properties would not).
            List<String> appArgs = new java.util.ArrayList<>(List.of(
                    "--server.port=0",
                    "--netra.embedded-postgres.data-dir=" + (reuse != null ? reuse : work.resolve("pg")),
                    "--netra.embedded-postgres.durable=true",
                    // The page cache a production server of this size would have (PostgreSQL's own 128MB is not).
                    "--netra.embedded-postgres.shared-buffers=1GB",
                    "--netra.demo-data=true",
                    "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN",
                    "--logging.level.id.netra=WARN"));
            // The same extra settings as the packaged service of (c) and (d) gets, e.g. to compare one change in (b).
            for (String extra : System.getProperty("bench.serviceArgs", "").trim().split("\\s+")) {
                if (!extra.isBlank()) {
                    appArgs.add(extra);
                }
            }
            if (appArgs.size() > 8) {
                report.text("Extra settings: " + String.join(" ", appArgs.subList(8, appArgs.size())) + ".");
            }
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(NetraApplication.class)
                    .run(appArgs.toArray(String[]::new))) {
                // The embedded server's owner (EmbeddedPostgresConfiguration): creates the baseline database and tables.
                DataSource owner = ctx.getBean("ownerDataSource", DataSource.class);
                report.text("PostgreSQL " + JdbcClient.create(owner).sql("SHOW server_version").query(String.class).single()
                        + " (embedded, fsync and synchronous_commit on, shared_buffers "
                        + JdbcClient.create(owner).sql("SHOW shared_buffers").query(String.class).single() + ").");
                if (sections.contains("a")) {
                    new PathBench(ctx, owner, warmup, window).run(report, workers);
                }
                if (sections.contains("b")) {
                    new InboxBench(ctx, owner, open, closed, reuse != null).run(report);
                }
                if (sections.contains("e")) {
                    new StatisticsBench(ctx, owner).run(report);
                }
            }
        }
        Path out = Path.of("target", "benchmark", "benchmark-" + stamp + ".md");
        report.write(out);
        Files.copy(out, Path.of("target", "benchmark", "latest.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println();
        System.out.println("Written to " + out + " (and target/benchmark/latest.md)");
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
