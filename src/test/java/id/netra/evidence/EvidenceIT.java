package id.netra.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Plenary;
import id.netra.support.Reports;
import id.netra.support.SampleFiles;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files over real HTTP, as officers and the reporter would use them: the type read from the content, the
 * file's and the case's limits (3 MB and 5 MB in the test profile), the SHA-256 kept and given back, and who may read
 * what — the reporter's files stay with the handling office until it marks one shareable; a PPK reads only what
 * concerns its own person.
 */
class EvidenceIT extends IntegrationTest {

    static final String OCTETS = "application/octet-stream";

    private Api.Response reporterUpload(Filed f, String name, byte[] bytes) {
        return api.upload("/api/v1/public/reports/" + f.trackingNumber() + "/evidence?fileName=" + name, bytes, OCTETS,
                "X-Access-Code", f.accessCode());
    }

    private long files() {
        return jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single();
    }

    private long chunks() {
        return owner.sql("SELECT count(*) FROM evidence_content").query(Long.class).single();
    }

    private static void assertRefused(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("errors").findValuesAsText("field")).as(r.body()).containsExactly(field);
        assertThat(r.body()).doesNotContain("Exception", "at id.netra");
        // Every refusal names the address it is about, the filters' as the controllers'.
        assertThat(r.json().path("instance").asText()).startsWith("/api/v1/");
    }

    @Test
    void theReportersFileIsCheckedByItsContentAndStaysWithTheHandlingOfficeUntilMarkedShareable() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        byte[] photo = SampleFiles.png(1);
        Api.Response added = reporterUpload(f, "foto%20" + Reports.REPORTER_NAME.replace(" ", "%20") + ".png", photo);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.text("mediaType")).isEqualTo("image/png");
        assertThat(added.text("sha256")).isEqualTo(SampleFiles.sha256(photo));
        assertThat(added.json().path("size").asLong()).isEqualTo(photo.length);
        assertThat(added.text("fileName")).isEqualTo("foto " + Reports.REPORTER_NAME + ".png");
        String fileId = added.text("id");

        // The reporter reads back their files; a wrong code reads nothing and adds nothing.
        Api.Response own = api.get("/api/v1/public/reports/" + f.trackingNumber() + "/evidence", "X-Access-Code", f.accessCode());
        assertThat(own.json().findValuesAsText("sha256")).containsExactly(SampleFiles.sha256(photo));
        long before = files();
        assertThat(api.upload("/api/v1/public/reports/" + f.trackingNumber() + "/evidence?fileName=a.png", SampleFiles.png(2), OCTETS,
                "X-Access-Code", "AAAA-BBBB-CCCC").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/public/reports/" + f.trackingNumber() + "/evidence", "X-Access-Code", "AAAA-BBBB-CCCC").status())
                .isEqualTo(404);

        // A text named .jpg, an HTML page named .pdf, a program, an empty body, a form: refused, the field named,
        // in Indonesian, nothing kept.
        Api.Response text = reporterUpload(f, "bukti.jpg", "bukan gambar, hanya teks biasa".getBytes());
        assertRefused(text, 400, "file");
        assertThat(text.body()).contains("text/plain", "tidak diterima");
        assertRefused(reporterUpload(f, "bukti.pdf", "<html><script>alert(1)</script></html>".getBytes()), 400, "file");
        assertRefused(reporterUpload(f, "foto.png", new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}), 400, "file");
        assertRefused(reporterUpload(f, "kosong.png", new byte[0]), 400, "file");
        assertRefused(reporterUpload(f, "", SampleFiles.png(3)), 400, "fileName");
        assertRefused(reporterUpload(f, "a%0d%0aX-Injected:%201.png", SampleFiles.png(3)), 400, "fileName");
        assertRefused(reporterUpload(f, "x".repeat(256) + ".png", SampleFiles.png(3)), 400, "fileName");
        assertRefused(api.upload("/api/v1/public/reports/" + f.trackingNumber() + "/evidence?fileName=a.png", SampleFiles.png(4),
                "application/x-www-form-urlencoded", "X-Access-Code", f.accessCode()), 400, "file");
        assertThat(files()).isEqualTo(before);

        // The handling office reads it whole, with the name the reporter gave, its digest said by the answer.
        Api.Download office = api.as("bawaslu.serang").download("/api/v1/cases/" + f.caseId() + "/evidence/" + fileId);
        assertThat(office.status()).isEqualTo(200);
        assertThat(office.bytes()).isEqualTo(photo);
        assertThat(office.contentType()).isEqualTo("image/png");
        assertThat(office.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(SampleFiles.sha256(photo))) + ":");
        assertThat(office.header("Content-Disposition")).isEqualTo("attachment; filename=\"foto " + Reports.REPORTER_NAME
                + ".png\"; filename*=UTF-8''foto%20" + Reports.REPORTER_NAME.replace(" ", "%20") + ".png");
        assertThat(office.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("evidence").findValuesAsText("id")).containsExactly(fileId);
        // Another office does not learn the case exists.
        assertThat(api.as("bawaslu.pandeglang").download("/api/v1/cases/" + f.caseId() + "/evidence/" + fileId).status()).isEqualTo(404);

        // Forwarded to the examining agency: the reporter's file is not theirs to read, by list, case or address.
        completeToExamination(f);
        assertThat(api.as("examiner").get("/api/v1/cases/" + f.caseId() + "/evidence").json()).isEmpty();
        assertThat(driver.caseAs("examiner", f.caseId()).path("evidence")).isEmpty();
        assertThat(api.as("examiner").download("/api/v1/cases/" + f.caseId() + "/evidence/" + fileId).status()).isEqualTo(404);
        assertThat(api.as("bawaslu.ri").download("/api/v1/cases/" + f.caseId() + "/evidence/" + fileId).status()).isEqualTo(404);
        // Only the handling office may mark it shareable; the examining agency is refused.
        assertThat(api.as("examiner").send("PUT", "/api/v1/cases/" + f.caseId() + "/evidence/" + fileId + "/shareable",
                "{\"shareable\": true}", "application/json").status()).isEqualTo(404);
        assertRefused(api.as("bawaslu.serang").send("PUT", "/api/v1/cases/" + f.caseId() + "/evidence/" + fileId + "/shareable",
                "{}", "application/json"), 400, "shareable");
        Api.Response shared = api.as("bawaslu.serang").send("PUT", "/api/v1/cases/" + f.caseId() + "/evidence/" + fileId + "/shareable",
                "{\"shareable\": true}", "application/json");
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().path("shareable").asBoolean()).isTrue();
        // Now the examining agency reads it, under a neutral name (the reporter's may name them), never who gave it.
        JsonNode listed = api.as("examiner").get("/api/v1/cases/" + f.caseId() + "/evidence").json();
        assertThat(listed.findValuesAsText("id")).containsExactly(fileId);
        assertThat(listed.get(0).path("fileName").asText()).matches("bukti-[0-9a-f]{8}\\.png");
        assertThat(listed.toString()).doesNotContain(Reports.REPORTER_NAME, "Ahmad", "Fauzi");
        Api.Download examiner = api.as("examiner").download("/api/v1/cases/" + f.caseId() + "/evidence/" + fileId);
        assertThat(examiner.bytes()).isEqualTo(photo);
        assertThat(examiner.header("Content-Disposition")).doesNotContain("Ahmad");
        // The examiner cannot mark it back: the handling office's call.
        assertThat(api.as("examiner").send("PUT", "/api/v1/cases/" + f.caseId() + "/evidence/" + fileId + "/shareable",
                "{\"shareable\": false}", "application/json").status()).isEqualTo(403);
        // Every read and change is in the case's audit trail, without the file's name.
        List<String> actions = jdbc.sql("SELECT action FROM audit_event WHERE case_id = :c ORDER BY id").param("c", f.caseId())
                .query(String.class).list();
        assertThat(actions).contains("EVIDENCE_ADDED", "EVIDENCE_READ", "EVIDENCE_SHARED");
        assertThat(jdbc.sql("SELECT detail::text FROM audit_event WHERE case_id = :c AND action LIKE 'EVIDENCE%'")
                .param("c", f.caseId()).query(String.class).list()).noneMatch(d -> d.contains("Ahmad") || d.contains("foto"));
    }

    private void completeToExamination(Filed f) {
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
    }

    @Test
    void officersAttachAtTheirTasksAndAPpkReadsOnlyWhatConcernsItsOwnPerson() {
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2));
        Filed f = driver.toRegistered(body);
        List<UUID> persons = driver.persons(f.caseId());
        UUID camat = persons.get(0);
        UUID lurah = persons.get(1);
        // The office's hearing record, at its clarification task.
        String clarification = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        byte[] minutes = SampleFiles.pdf("berita acara klarifikasi");
        // Named by the office after the reporter heard (a name and a description an officer may well type).
        String reporter = java.net.URLEncoder.encode(Reports.REPORTER_NAME, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        Api.Response office = api.as("bawaslu.serang").upload("/api/v1/tasks/" + clarification
                + "/evidence?fileName=BA-klarifikasi-" + reporter + ".pdf&description=Keterangan%20pelapor%20" + reporter
                + "%20NIK%20" + Reports.REPORTER_NIK, minutes, OCTETS);
        assertThat(office.status()).as(office.body()).isEqualTo(201);
        assertThat(office.text("origin")).isEqualTo("BAWASLU");
        assertThat(office.header("Location")).isEqualTo(office.text("href"));
        // Someone who may not work the task cannot attach to it, and learns nothing of it.
        assertThat(api.as("bawaslu.pandeglang").upload("/api/v1/tasks/" + clarification + "/evidence?fileName=x.pdf", minutes, OCTETS)
                .status()).isEqualTo(404);
        assertThat(api.as("examiner").upload("/api/v1/tasks/" + clarification + "/evidence?fileName=x.pdf", minutes, OCTETS)
                .status()).isEqualTo(404);
        // A decree belongs with the PPK's follow-up.
        assertRefused(api.as("bawaslu.serang").upload("/api/v1/tasks/" + clarification + "/evidence?fileName=sk.pdf&kind=DECREE",
                minutes, OCTETS), 400, "kind");
        driver.clarify(f.caseId());
        driver.assess(f.caseId(), "NEUTRALITY_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", true,
                "persons", List.of(Map.of("personId", camat.toString(), "violationProven", true),
                        Map.of("personId", lurah.toString(), "violationProven", true)))));

        // The examining agency's file on the lurah's track.
        String lurahExamination = driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, lurah).orElseThrow().path("id").asText();
        byte[] screenshot = SampleFiles.png(7);
        Api.Response examiners = api.as("examiner").upload("/api/v1/tasks/" + lurahExamination + "/evidence?fileName=tangkapan.png",
                screenshot, OCTETS);
        assertThat(examiners.status()).as(examiners.body()).isEqualTo(201);
        assertThat(examiners.text("personId")).isEqualTo(lurah.toString());
        // The task's answer lists what is attached, as its worker reads it: the office's record and this file.
        assertThat(api.as("examiner").get("/api/v1/tasks/" + lurahExamination).json().at("/caseSummary/evidence").findValuesAsText("id"))
                .containsExactly(office.text("id"), examiners.text("id"));
        for (UUID person : persons) {
            driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        }
        // What the examining agency reads of the office's file never names the reporter: its list, its download's name.
        JsonNode seen = api.as("examiner").get("/api/v1/cases/" + f.caseId() + "/evidence").json();
        assertThat(seen.toString()).doesNotContain(Reports.REPORTER_NAME, "Ahmad", "Fauzi", Reports.REPORTER_NIK)
                .contains("[identitas pelapor]");
        assertThat(api.as("examiner").download("/api/v1/cases/" + f.caseId() + "/evidence/" + office.text("id")).header("Content-Disposition"))
                .doesNotContain("Ahmad", "Fauzi").contains("BA-klarifikasi-");
        assertThat(api.as("bawaslu.ri").get("/api/v1/cases/" + f.caseId() + "/evidence").body()).doesNotContain("Ahmad", Reports.REPORTER_NIK);
        assertThat(api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId() + "/evidence").body()).contains(Reports.REPORTER_NAME);
        // The examining agency reads the office's hearing record and its own file; the office reads both.
        assertThat(api.as("examiner").get("/api/v1/cases/" + f.caseId() + "/evidence").json().findValuesAsText("id"))
                .containsExactly(office.text("id"), examiners.text("id"));
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("evidence").findValuesAsText("id"))
                .containsExactly(office.text("id"), examiners.text("id"));
        // Kota Serang's PPK reads the examining agency's file on its lurah, never the office's hearing record; Kabupaten
        // Serang's PPK reads neither (its camat has no file), and cannot fetch the lurah's by its address.
        assertThat(api.as("ppk.kotaserang").get("/api/v1/cases/" + f.caseId() + "/evidence").json().findValuesAsText("id"))
                .containsExactly(examiners.text("id"));
        assertThat(api.as("ppk.kotaserang").download("/api/v1/cases/" + f.caseId() + "/evidence/" + examiners.text("id")).bytes())
                .isEqualTo(screenshot);
        assertThat(api.as("ppk.kotaserang").download("/api/v1/cases/" + f.caseId() + "/evidence/" + office.text("id")).status())
                .isEqualTo(404);
        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId() + "/evidence").json()).isEmpty();
        assertThat(api.as("ppk.serang").download("/api/v1/cases/" + f.caseId() + "/evidence/" + examiners.text("id")).status())
                .isEqualTo(404);
        // Marked shareable by the office, its hearing record reaches both PPKs.
        api.as("komisioner.serang").send("PUT", "/api/v1/cases/" + f.caseId() + "/evidence/" + office.text("id") + "/shareable",
                "{\"shareable\": true}", "application/json");
        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId() + "/evidence").json().findValuesAsText("id"))
                .containsExactly(office.text("id"));
        assertThat(api.as("ppk.serang").get("/api/v1/cases/" + f.caseId() + "/evidence").body()).doesNotContain("Ahmad", Reports.REPORTER_NIK);

        // The PPK attaches its decree (SK) with the follow-up, on its own person's track; the examining agency reads it.
        String followUp = driver.task("ppk.kotaserang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, lurah).orElseThrow().path("id").asText();
        byte[] decree = SampleFiles.pdf("SK Wali Kota Serang");
        Api.Response sk = api.as("ppk.kotaserang").upload("/api/v1/tasks/" + followUp + "/evidence?fileName=SK-800.pdf&kind=DECREE",
                decree, OCTETS);
        assertThat(sk.status()).as(sk.body()).isEqualTo(201);
        assertThat(sk.text("kind")).isEqualTo("DECREE");
        assertThat(sk.text("origin")).isEqualTo("PPK");
        assertThat(api.as("examiner").download("/api/v1/cases/" + f.caseId() + "/evidence/" + sk.text("id")).bytes()).isEqualTo(decree);
        assertThat(api.as("ppk.serang").download("/api/v1/cases/" + f.caseId() + "/evidence/" + sk.text("id")).status()).isEqualTo(404);
        // The other PPK cannot attach to a task not theirs.
        assertThat(api.as("ppk.serang").upload("/api/v1/tasks/" + followUp + "/evidence?fileName=SK.pdf", decree, OCTETS).status())
                .isEqualTo(404);
    }

    @Test
    void aFileOverItsLimitOrOverTheCasesIsRefusedWith413AndNothingIsKept() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String path = "/api/v1/public/reports/" + f.trackingNumber() + "/evidence?fileName=video.mp4";
        long files = files();
        long chunks = chunks();
        long limit = 3L * 1024 * 1024;
        // Declared over the limit: refused before it is read.
        Api.Response declared = api.upload(path, () -> SampleFiles.mp4(limit + 1), limit + 1, OCTETS, "X-Access-Code", f.accessCode());
        assertThat(declared.status()).as(declared.body()).isEqualTo(413);
        assertThat(declared.body()).contains("3 MB");
        // Sent without a length (chunked) and found over the limit while streamed: refused at the first byte too many.
        Api.Response streamed = api.upload(path, () -> SampleFiles.mp4(limit + 1), -1, OCTETS, "X-Access-Code", f.accessCode());
        assertRefused(streamed, 413, "file");
        assertThat(streamed.body()).contains("3 MB");
        // Exactly at the limit: taken.
        Api.Response atLimit = api.upload(path, () -> SampleFiles.mp4(limit), -1, OCTETS, "X-Access-Code", f.accessCode());
        assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(201);
        assertThat(atLimit.text("mediaType")).isEqualTo("video/mp4");
        assertThat(atLimit.json().path("size").asLong()).isEqualTo(limit);
        // The case's 5 MB: 3 MB and then 2 MB fit; one byte more does not, declared or not.
        long left = 2L * 1024 * 1024;
        assertRefused(api.upload(path, () -> SampleFiles.mp4(left + 1), left + 1, OCTETS, "X-Access-Code", f.accessCode()), 413, "file");
        Api.Response overCase = api.upload(path, () -> SampleFiles.mp4(left + 1), -1, OCTETS, "X-Access-Code", f.accessCode());
        assertRefused(overCase, 413, "file");
        assertThat(overCase.body()).contains("5 MB", "perkara");
        assertThat(overCase.json().path("errors").get(0).path("code").asText()).isEqualTo("evidence.tooLarge.case");
        assertThat(files()).isEqualTo(files + 1);
        assertThat(chunks()).isEqualTo(chunks + 12);
        assertThat(api.upload(path, () -> SampleFiles.mp4(left), -1, OCTETS, "X-Access-Code", f.accessCode()).status()).isEqualTo(201);
        assertThat(files()).isEqualTo(files + 2);
        // The reporter's side is full; the officers' is not: what the reporter sends never leaves them without room.
        assertRefused(api.upload(path, () -> SampleFiles.mp4(1000), -1, OCTETS, "X-Access-Code", f.accessCode()), 413, "file");
        String review = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Api.Response officers = api.as("bawaslu.serang").upload("/api/v1/tasks/" + review + "/evidence?fileName=rekaman.mp4",
                () -> SampleFiles.mp4(limit), -1, OCTETS);
        assertThat(officers.status()).as(officers.body()).isEqualTo(201);
        // The stored file is the one sent, byte for byte.
        String id = atLimit.text("id");
        try (InputStream sent = SampleFiles.mp4(limit)) {
            assertThat(api.as("bawaslu.serang").download("/api/v1/cases/" + f.caseId() + "/evidence/" + id).bytes())
                    .isEqualTo(sent.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aClosedReportTakesNoMoreFiles() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        // A name of another type than the content's: kept with the content's extension added.
        Api.Response renamed = reporterUpload(f, "halaman.html", SampleFiles.png(5));
        assertThat(renamed.text("fileName")).isEqualTo("halaman.html.png");
        assertThat(api.post("/api/v1/public/reports/" + f.trackingNumber() + "/withdrawal", null, "X-Access-Code", f.accessCode())
                .status()).isEqualTo(200);
        Api.Response r = reporterUpload(f, "foto.png", SampleFiles.png(9));
        assertThat(r.status()).as(r.body()).isEqualTo(409);
    }

    @Test
    void theCasePageListsTheFilesItsReaderMayOpenAndTheirLinksDownloadThemInTheSameSession() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        byte[] photo = SampleFiles.png(11);
        String fileId = reporterUpload(f, "foto-spanduk.png", photo).text("id");
        id.netra.support.Pages office = id.netra.support.Pages.signedIn(port, "bawaslu.serang");
        id.netra.support.Pages.Page page = office.page("/perkara/" + f.caseId());
        String body = page.okBody();
        int at = body.indexOf("id=\"evidence\"");
        assertThat(at).as("the case page's table of evidence").isPositive();
        String table = body.substring(at, body.indexOf("</table>", at));
        assertThat(table).contains("foto-spanduk.png", "image/png", SampleFiles.sha256(photo), "Pelapor");
        String href = "/api/v1/cases/" + f.caseId() + "/evidence/" + fileId;
        assertThat(table).contains("href=\"" + href + "\"");
        // The link downloads the file in the page's own session (no other sign-in), as an attachment with its digest.
        id.netra.support.Pages.Page download = office.get(href);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("ETag")).isEqualTo("\"" + SampleFiles.sha256(photo) + "\"");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        // Another office's officer, signed in, gets neither the page's row nor the file.
        id.netra.support.Pages other = id.netra.support.Pages.signedIn(port, "bawaslu.pandeglang");
        assertThat(other.get(href).status()).isEqualTo(404);
    }

    @Test
    void theTaskPagesScriptAttachesInThePagesSessionWithItsTokenAndNoOtherWay() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        String taskId = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        byte[] photo = SampleFiles.png(31);
        id.netra.support.Pages office = id.netra.support.Pages.signedIn(port, "bawaslu.serang");
        String form = office.page("/tugas/" + taskId).tag("evidence-form");
        assertThat(form).contains("data-action=\"/tugas/" + taskId + "/bukti\"");
        String path = "/tugas/" + taskId + "/bukti?fileName=foto.png";
        // Without the page's token: refused, nothing kept.
        long before = files();
        id.netra.support.Pages.Page tokenless = office.raw(path, OCTETS, photo, false);
        assertThat(tokenless.status()).isEqualTo(403);
        // Said as the API says it, for the script to show: the page is to be loaded again (not "not allowed").
        assertThat(tokenless.body()).contains("urn:netra:problem:csrf-token");
        assertThat(files()).isEqualTo(before);
        id.netra.support.Pages.Page sent = office.script(path, OCTETS, photo);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.body()).contains(SampleFiles.sha256(photo), "\"origin\":\"BAWASLU\"");
        // A refusal is JSON naming the field, in the page's language, for the script to show.
        id.netra.support.Pages.Page refused = office.script(path, OCTETS, "teks biasa".getBytes());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"file\"", "tidak diterima");
        // Another office's officer, with a page and token of their own, reaches no such task.
        id.netra.support.Pages other = id.netra.support.Pages.signedIn(port, "bawaslu.pandeglang");
        other.page("/kotak-masuk");
        assertThat(other.script(path, OCTETS, photo).status()).isEqualTo(404);
        assertThat(files()).isEqualTo(before + 1);
    }
}
