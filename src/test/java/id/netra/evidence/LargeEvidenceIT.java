package id.netra.evidence;

import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import id.netra.support.SampleFiles;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100 MB file streams in and out without being held whole in memory. The heap is read where a whole file would land:
 * an array of more than half a region (a file read whole, a growing buffer) is allocated in the old generation at once,
 * so the old generation's peak during the upload and the download must stay far below the file's size. The probe is
 * shown to see such an array first. Its own context (limits of 128 MB a file); the service and the client share this JVM.
 */
@TestPropertySource(properties = {"netra.evidence.max-file-size=128MB", "netra.evidence.max-case-size=256MB"})
class LargeEvidenceIT extends IntegrationTest {

    static final long SIZE = 100L * 1024 * 1024;
    static final long MARGIN = 40L * 1024 * 1024;

    private static MemoryPoolMXBean oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
                .findFirst().orElseThrow(() -> new AssertionError("no old generation among " + ManagementFactory.getMemoryPoolMXBeans()));
    }

    /** The old generation's rise above its use at the start, at its peak while {@code work} ran. */
    private static long peakRise(Runnable work) {
        MemoryPoolMXBean old = oldGeneration();
        System.gc();
        long before = old.getUsage().getUsed();
        old.resetPeakUsage();
        work.run();
        return old.getPeakUsage().getUsed() - before;
    }

    static volatile byte[] held;

    @Test
    void aHundredMegabyteFileStreamsInAndOutWithoutBeingHeldWhole() throws Exception {
        // The probe sees a file held whole.
        long whole = peakRise(() -> held = new byte[(int) SIZE]);
        held = null;
        assertThat(whole).as("the probe sees 100 MB held at once").isGreaterThanOrEqualTo(SIZE);

        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        Api.Response[] added = new Api.Response[1];
        long upload = peakRise(() -> added[0] = api.upload("/api/v1/public/reports/" + f.trackingNumber() + "/evidence?fileName=video.mp4",
                () -> SampleFiles.mp4(SIZE), SIZE, "application/octet-stream", "X-Access-Code", f.accessCode()));
        assertThat(added[0].status()).as(added[0].body()).isEqualTo(201);
        assertThat(added[0].json().path("size").asLong()).isEqualTo(SIZE);
        String expected;
        try (InputStream sent = SampleFiles.mp4(SIZE)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            DigestInputStream in = new DigestInputStream(sent, sha);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            expected = HexFormat.of().formatHex(sha.digest());
        }
        assertThat(added[0].text("sha256")).isEqualTo(expected);
        assertThat(upload).as("the old generation's rise during a 100 MB upload").isLessThan(MARGIN);

        String[] got = new String[1];
        long[] length = new long[1];
        long download = peakRise(() -> {
            HttpResponse<InputStream> r = api.as("bawaslu.serang").stream("/api/v1/cases/" + f.caseId() + "/evidence/" + added[0].text("id"));
            assertThat(r.statusCode()).isEqualTo(200);
            try (InputStream body = r.body()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                DigestInputStream in = new DigestInputStream(body, sha);
                length[0] = in.transferTo(java.io.OutputStream.nullOutputStream());
                got[0] = HexFormat.of().formatHex(sha.digest());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(length[0]).isEqualTo(SIZE);
        assertThat(got[0]).isEqualTo(expected);
        assertThat(download).as("the old generation's rise during a 100 MB download").isLessThan(MARGIN);
    }
}
