package id.netra.platform;

import id.netra.support.Api;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Netra as its own process on the embedded default: acknowledged work survives a hard kill (SIGKILL) of the service and
 * its PostgreSQL server in the middle of work (the database recovering from its write-ahead log), and the next start
 * takes over the data directory.
 */
class HardKillIT {

    record Receipt(String trackingNumber, String accessCode) {
    }

    @Test
    void everyAcknowledgedReportAndCompletionSurvivesAHardKillWhileRequestsAreInFlight() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "hardkill-pg");
        Process first = start(dataDir);
        Process second = null;
        java.util.concurrent.ExecutorService streams = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            Api api = Api.anonymous(portOf(first));
            // Two streams of reports and one of initial reviews completed, each remembering what was acknowledged.
            java.util.Queue<Receipt> reports = new java.util.concurrent.ConcurrentLinkedQueue<>();
            java.util.Queue<String> registered = new java.util.concurrent.ConcurrentLinkedQueue<>();
            // A request sent before the kill that got no answer (its connection cut) or a failure (its database gone) was
            // in flight when it came.
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.concurrent.atomic.AtomicInteger cutOff = new java.util.concurrent.atomic.AtomicInteger();
            for (int i = 0; i < 2; i++) {
                streams.submit(() -> {
                    while (running.get()) {
                        inFlight(running, cutOff, () -> {
                            Api.Response r = api.post("/api/v1/public/reports", Reports.report("36.04", "PEMDA-36.04"));
                            if (r.status() == 201) {
                                reports.add(new Receipt(r.text("trackingNumber"), r.text("accessCode")));
                            }
                            return r.status() == 201;
                        });
                    }
                    return null;
                });
            }
            streams.submit(() -> {
                Api officer = api.as("bawaslu.serang");
                while (running.get()) {
                    inFlight(running, cutOff, () -> {
                        Api.Response tasks = officer.get("/api/v1/tasks");
                        if (tasks.status() != 200) {
                            return false;
                        }
                        for (com.fasterxml.jackson.databind.JsonNode t : tasks.json()) {
                            if (!running.get()) {
                                break;
                            }
                            if (t.path("key").asText().equals("initialReview")) {
                                if (officer.post("/api/v1/tasks/" + t.path("id").asText() + "/complete",
                                        Map.of("formalRequirementsMet", true, "materialRequirementsMet", true)).status() != 200) {
                                    return false;
                                }
                                registered.add(t.path("caseId").asText());
                            }
                        }
                        return true;
                    });
                }
                return null;
            });
            long deadline = System.currentTimeMillis() + 120_000;
            while ((reports.size() < 20 || registered.size() < 5) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(reports.size()).as("reports acknowledged before the kill").isGreaterThanOrEqualTo(20);
            assertThat(registered.size()).as("reviews acknowledged before the kill").isGreaterThanOrEqualTo(5);

            // Killed with requests in flight, the database server and then the service, as a power cut would (SIGKILL
            // both: the next start finds no server to stop cleanly, and PostgreSQL recovers from its write-ahead log, so
            // a commit acknowledged before it was flushed is lost); what the streams were told afterwards no longer
            // counts. The streams stop sending just before, so a request without an answer was sent to the live service.
            running.set(false);
            killPostmaster(dataDir.resolve("postgres"));
            first.destroyForcibly().waitFor();
            List<Receipt> acknowledged = new ArrayList<>(reports);
            List<String> reviewed = new ArrayList<>(registered);
            streams.shutdown();
            assertThat(streams.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).as("the streams ended").isTrue();
            assertThat(cutOff.get()).as("requests cut off by the kill").isPositive();

            second = start(dataDir);
            assertThat(Files.readString(logs.get(second))).as("PostgreSQL recovered from a crash")
                    .contains("automatic recovery in progress");
            Api again = Api.anonymous(portOf(second));
            for (Receipt receipt : acknowledged) {
                Api.Response status = again.get("/api/v1/public/reports/" + receipt.trackingNumber(), "X-Access-Code", receipt.accessCode());
                assertThat(status.status()).as(receipt + ": " + status.body()).isEqualTo(200);
            }
            for (String caseId : reviewed) {
                Api.Response c = again.as("bawaslu.serang").get("/api/v1/cases/" + caseId);
                assertThat(c.status()).as(c.body()).isEqualTo(200);
                assertThat(c.text("status")).as(caseId).isEqualTo("REGISTERED");
            }
            // And the service works on: a new report, and a review of a report acknowledged before the kill.
            assertThat(again.post("/api/v1/public/reports", Reports.report("36.04", "PEMDA-36.04")).status()).isEqualTo(201);
            String open = java.util.stream.StreamSupport.stream(again.as("bawaslu.serang").get("/api/v1/tasks").json().spliterator(), false)
                    .filter(t -> t.path("key").asText().equals("initialReview")).findFirst().orElseThrow().path("id").asText();
            assertThat(again.as("bawaslu.serang").post("/api/v1/tasks/" + open + "/complete",
                    Map.of("formalRequirementsMet", true, "materialRequirementsMet", true)).status()).isEqualTo(200);
        } finally {
            streams.shutdownNow();
            stop(first);
            stop(second);
            killPostmaster(dataDir.resolve("postgres"));
        }
    }

    /**
     * Runs one step of a stream (true when acknowledged), counting it as cut off when it was sent before the kill and
     * got no answer or a failure.
     */
    private static void inFlight(java.util.concurrent.atomic.AtomicBoolean running, java.util.concurrent.atomic.AtomicInteger cutOff,
                                 java.util.function.BooleanSupplier request) {
        boolean sentBeforeTheKill = running.get();
        boolean acknowledged;
        try {
            acknowledged = request.getAsBoolean();
        } catch (IllegalStateException noAnswer) {
            acknowledged = false;
        }
        if (sentBeforeTheKill && !acknowledged) {
            cutOff.incrementAndGet();
        }
    }

    private final Map<Process, Integer> ports = new java.util.HashMap<>();
    private final Map<Process, Path> logs = new java.util.HashMap<>();

    private int portOf(Process p) {
        return ports.get(p);
    }

    /** Starts Netra on a port the server picks (port 0), read back from its log: no race for a free port. */
    private Process start(Path dataDir) throws Exception {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = Files.createTempFile(dataDir, "netra-", ".log").toFile();
        Process p = new ProcessBuilder(javaCommand, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "id.netra.NetraApplication",
                "--server.port=0", "--netra.embedded-postgres.data-dir=" + dataDir.resolve("postgres"),
                "--netra.demo-data=true", "--camunda.bpm.job-execution.enabled=false",
                // One client address files the stream of reports; the limit per address is RateLimitIT's.
                "--netra.security.public-rate-limit.requests=100000")
                .redirectErrorStream(true).redirectOutput(log).start();
        java.util.regex.Pattern started = java.util.regex.Pattern.compile("Tomcat started on port (\\d+)");
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("Netra exited during start: " + Files.readString(log.toPath()));
            }
            java.util.regex.Matcher m = started.matcher(Files.readString(log.toPath()));
            if (m.find()) {
                int port = Integer.parseInt(m.group(1));
                Api api = Api.anonymous(port);
                try {
                    if (api.get("/actuator/health").status() == 200 && api.as("bawaslu.serang").get("/api/v1/me").status() == 200) {
                        ports.put(p, port);
                        logs.put(p, log.toPath());
                        return p;
                    }
                } catch (IllegalStateException notYet) {
                    // the demo accounts are being made
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Netra did not start: " + Files.readString(log.toPath()));
    }

    private static void stop(Process p) throws InterruptedException {
        if (p != null && p.isAlive()) {
            p.destroy();
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    /** SIGKILL to the postmaster and its backends, waiting until they are gone. */
    private static void killPostmaster(Path pgData) throws Exception {
        Path pid = pgData.resolve("postmaster.pid");
        if (Files.exists(pid)) {
            long p = Long.parseLong(Files.readAllLines(pid).get(0).trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(p);
            if (postmaster.isPresent()) {
                List<ProcessHandle> all = new ArrayList<>(postmaster.get().descendants().toList());
                all.add(0, postmaster.get());
                all.forEach(ProcessHandle::destroyForcibly);
                for (ProcessHandle h : all) {
                    h.onExit().get(1, java.util.concurrent.TimeUnit.MINUTES);
                }
            }
        }
    }
}
