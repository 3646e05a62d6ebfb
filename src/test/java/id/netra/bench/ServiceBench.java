package id.netra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.support.Reports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (c) and (d): the packaged service as a user runs it ({@code java -jar}), on its embedded PostgreSQL with durable
 * commits: start-up time (first start with an empty data directory, then a restart), resident memory, and public
 * report intake over real HTTP from concurrent clients.
 */
final class ServiceBench {

    private final Path jar;
    private final Path workDir;
    private final Duration window;
    private final List<Integer> clientCounts;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServiceBench(Path jar, Path workDir, Duration window, List<Integer> clientCounts) {
        this.jar = jar;
        this.workDir = workDir;
        this.window = window;
        this.clientCounts = clientCounts;
    }

    private record Service(Process process, int port, int pgPort, double startSeconds) {
    }

    void run(Report report) throws Exception {
        Path data = workDir.resolve("service-pg");
        report.heading("(d) Start-up and memory of the packaged service (java -jar, embedded PostgreSQL, default JVM settings)");
        report.table("start", "seconds to healthy", "JVM RSS MiB", "PostgreSQL PSS MiB");
        Service first = start(data);
        report.row("first (empty data directory: initdb, migrations, engine schema)", first.startSeconds(),
                rssMiB(first.process().pid()), postgresPssMiB());
        stop(first);
        Service second = start(data);
        report.row("restart (existing data)", second.startSeconds(), rssMiB(second.process().pid()),
                postgresPssMiB());

        if (clientCounts.isEmpty()) {
            stop(second);
            return;
        }
        report.heading("(c) Public report intake over real HTTP (POST /api/v1/public/reports, rate limit lifted)");
        report.text("Measured " + window.toSeconds() + " s per row after 5 s of warm-up; every report is a new case with "
                + "its process started; commits per report from pg_stat_database.");
        report.table("clients", "reports/s", "p50 ms", "p95 ms", "p99 ms", "non-201 answers", "commits/report");
        AtomicInteger sequence = new AtomicInteger();
        for (int clients : clientCounts) {
            AtomicLong failures = new AtomicLong();
            long c0 = commits(second.pgPort());
            long r0 = cases(second.pgPort());
            Throughput.Result r = Throughput.run(clients, Duration.ofSeconds(5), window, sequence, seq -> {
                int status = post(second.port(), seq);
                if (status != 201) {
                    failures.incrementAndGet();
                }
                return 1;
            });
            double perReport = (commits(second.pgPort()) - c0) / (double) Math.max(1, cases(second.pgPort()) - r0);
            report.row(clients, r.perSecond(), r.latencies().percentileMillis(50), r.latencies().percentileMillis(95),
                    r.latencies().percentileMillis(99), failures.get(), perReport);
        }
        report.text("");
        report.text("Memory after the intake load: JVM RSS " + Report.format(rssMiB(second.process().pid()))
                + " MiB, PostgreSQL PSS " + Report.format(postgresPssMiB()) + " MiB.");
        stop(second);
    }

    private static final java.util.regex.Pattern TOMCAT_PORT = java.util.regex.Pattern.compile("Tomcat started on port (\\d+)");
    private static final java.util.regex.Pattern POSTGRES_PORT = java.util.regex.Pattern.compile("Embedded PostgreSQL listening on port (\\d+)");

    private int post(int port, int seq) throws IOException, InterruptedException {
        String region = NetraPath.REGIONS.get(seq % NetraPath.REGIONS.size());
        String body = json.writeValueAsString(Reports.report(region, "PEMDA-" + region));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/public/reports"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Starts the service on ports its servers pick themselves — Tomcat binds port 0, the embedded PostgreSQL one it finds
     * free and binds (again on another if it was taken meanwhile) — read back from its log: no port is chosen here and
     * freed before the service binds it, which another process could take in between.
     */
    private Service start(Path data) throws Exception {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server.port=0", "--netra.embedded-postgres.data-dir=" + data,
                "--netra.security.public-rate-limit.requests=1000000000"));
        // Extra settings for the service, e.g. to compare one change: -Dbench.serviceArgs="--spring.flyway.target=9"
        for (String extra : System.getProperty("bench.serviceArgs", "").trim().split("\\s+")) {
            if (!extra.isEmpty()) {
                command.add(extra);
            }
        }
        long begin = System.nanoTime();
        Path log = workDir.resolve("service.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int port = 0;
        int pgPort = 0;
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped; see " + log);
            }
            if (port == 0) {
                String written = Files.readString(log);
                java.util.regex.Matcher tomcat = TOMCAT_PORT.matcher(written);
                java.util.regex.Matcher postgres = POSTGRES_PORT.matcher(written);
                if (tomcat.find() && postgres.find()) {
                    port = Integer.parseInt(tomcat.group(1));
                    pgPort = Integer.parseInt(postgres.group(1));
                }
            }
            try {
                if (port == 0) {
                    throw new IOException("not started yet");
                }
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - begin > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException("the service did not become healthy in 5 minutes");
            }
            Thread.sleep(50);
        }
        return new Service(process, port, pgPort, (System.nanoTime() - begin) / 1e9);
    }

    private static void stop(Service service) throws InterruptedException {
        service.process().destroy();
        if (!service.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            service.process().destroyForcibly().waitFor();
        }
    }

    private static long commits(int pgPort) throws Exception {
        // After PostgreSQL's idle interval (10 s), when idle backends have flushed their statistics (PathBench.commits).
        Thread.sleep(11_000);
        return single(pgPort, "SELECT xact_commit FROM pg_stat_database WHERE datname = 'postgres'");
    }

    private static long cases(int pgPort) throws Exception {
        return single(pgPort, "SELECT count(*) FROM case_file");
    }

    private static long single(int pgPort, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Proportional set size of the PostgreSQL server and its backends (shared memory counted once). */
    private double postgresPssMiB() throws IOException {
        // pg_ctl starts the postmaster detached from the JVM; postmaster.pid names it.
        long postmaster = Long.parseLong(Files.readAllLines(workDir.resolve("service-pg").resolve("postmaster.pid")).get(0).trim());
        ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(server), server.descendants()).mapToDouble(p -> {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return 0;
            }
            return 0;
        }).sum();
    }

}
