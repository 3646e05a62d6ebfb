package id.netra.platform;

import id.netra.support.Api;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Netra as its own process on the embedded default: acknowledged work survives a hard kill (SIGKILL) in the middle of
 * work, and the next start takes over the data directory, stopping the server the killed run left behind.
 */
class HardKillIT {

    record Receipt(String trackingNumber, String accessCode) {
    }

    @Test
    void acknowledgedReportsSurviveAHardKillAndTheServiceRestartsOnTheSameData() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "hardkill-pg");
        Process first = start(dataDir);
        Process second = null;
        try {
            Api api = Api.anonymous(portOf(first));
            List<Receipt> acknowledged = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Api.Response r = api.post("/api/v1/public/reports", Reports.report("36.04", "PEMDA-36.04"));
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                acknowledged.add(new Receipt(r.text("trackingNumber"), r.text("accessCode")));
            }
            Api.Response tasks = api.as("bawaslu.serang").get("/api/v1/tasks");
            String taskId = tasks.json().get(0).path("id").asText();
            assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + taskId + "/complete",
                    Map.of("formalRequirementsMet", true, "materialRequirementsMet", true)).status()).isEqualTo(204);

            first.destroyForcibly().waitFor();

            second = start(dataDir);
            Api again = Api.anonymous(portOf(second));
            int registered = 0;
            for (Receipt receipt : acknowledged) {
                Api.Response status = again.get("/api/v1/public/reports/" + receipt.trackingNumber(), "X-Access-Code", receipt.accessCode());
                assertThat(status.status()).as(status.body()).isEqualTo(200);
                if (status.text("status").equals("REGISTERED")) {
                    registered++;
                }
            }
            assertThat(registered).isEqualTo(1);
            assertThat(again.as("bawaslu.serang").get("/api/v1/tasks").json().size()).isGreaterThanOrEqualTo(4);
        } finally {
            stop(first);
            stop(second);
            killPostmaster(dataDir.resolve("postgres"));
        }
    }

    private final Map<Process, Integer> ports = new java.util.HashMap<>();

    private int portOf(Process p) {
        return ports.get(p);
    }

    private Process start(Path dataDir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = dataDir.resolve("netra-" + port + ".log").toFile();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "id.netra.NetraApplication",
                "--server.port=" + port, "--netra.embedded-postgres.data-dir=" + dataDir.resolve("postgres"),
                "--netra.demo-data=true", "--camunda.bpm.job-execution.enabled=false")
                .redirectErrorStream(true).redirectOutput(log).start();
        ports.put(p, port);
        Api api = Api.anonymous(port);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("Netra exited during start: " + Files.readString(log.toPath()));
            }
            try {
                if (api.get("/actuator/health").status() == 200 && api.as("bawaslu.serang").get("/api/v1/me").status() == 200) {
                    return p;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
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

    private static void killPostmaster(Path pgData) throws IOException, InterruptedException {
        Path pid = pgData.resolve("postmaster.pid");
        if (Files.exists(pid)) {
            long p = Long.parseLong(Files.readAllLines(pid).get(0).trim());
            ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
