package id.netra.web;

import id.netra.support.Plenary;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page ({@code /perkara/{id}}) over real HTTP, signed in with the page's own form: decisions, deadlines and
 * dates in the reader's words; the case's audit trail for the handling office and administrators only; the reporter's
 * identity on no officer page outside the handling office.
 */
class CasePagesIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** One browser per account, signed in with the page's own form on first use. */
    private final Map<String, Pages> browsers = new java.util.HashMap<>();

    /** The page as this account reads it: a page, never a server error. */
    private Pages.Page page(String user, String path) {
        return browsers.computeIfAbsent(user, u -> Pages.signedIn(port, u)).page(path);
    }

    /** The plenary's parallel forwarding to the Gakkumdu centre is among the case's letters, of its own kind, in the API and on the page. */
    @Test
    void theGakkumduLetterOfThePlenaryIsAmongTheCasesLetters() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", true,
                "gakkumduForwarded", true, "gakkumduLetterNumber", "002/PP.01/K.BT-04/XI/2026")));
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("letters").toString())
                .contains("\"kind\":\"GAKKUMDU_FORWARDING\"", "002/PP.01/K.BT-04/XI/2026");
        assertThat(page("bawaslu.serang", "/perkara/" + f.caseId()).body()).contains("Surat penerusan ke Sentra Gakkumdu");
    }

    @Test
    void theCasePageShowsTheNewestTwentyAuditRowsAndLinksTheWholeTrailForThoseWhoMayReadIt() {
        Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        String path = "/perkara/" + f.caseId();
        String whole = path + "/jejak-audit";
        Pages.Page first = page("bawaslu.serang", path);
        assertThat(first.status()).isEqualTo(200);
        assertThat(rows(first.body())).isLessThanOrEqualTo(20);
        long before = jdbc.sql("SELECT count(*) FROM audit_event WHERE case_id = :c").param("c", f.caseId()).query(Long.class).single();
        // Every read is a row: read until the trail holds more than 20 (one more than the page shows).
        for (long n = before; n <= 21; n++) {
            assertThat(page("bawaslu.serang", path).status()).isEqualTo(200);
        }
        Pages.Page busy = page("bawaslu.serang", path);
        long total = jdbc.sql("SELECT count(*) FROM audit_event WHERE case_id = :c").param("c", f.caseId()).query(Long.class).single();
        assertThat(total).isGreaterThan(21);
        assertThat(rows(busy.body())).isEqualTo(20);
        assertThat(busy.body()).contains("id=\"audit-all\"", whole, "Baru 20 catatan terbaru yang ditampilkan");

        Pages.Page all = page("bawaslu.serang", whole);
        assertThat(all.status()).isEqualTo(200);
        assertThat(rows(all.body())).isEqualTo((int) jdbc.sql("SELECT count(*) FROM audit_event WHERE case_id = :c")
                .param("c", f.caseId()).query(Long.class).single().longValue());
        assertThat(all.body()).contains("Budi Santoso", "id=\"back-to-case\"").doesNotContain("id=\"admin-only\"");
        Pages.Page admin = page("admin", whole);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("id=\"admin-only\"", "Terlapor ke-1").doesNotContain("Budi Santoso", Reports.REPORTER_NAME);
        for (String reader : new String[]{"bawaslu.banten", "bawaslu.ri", "examiner", "ppk.serang", "ppk.pandeglang", "bawaslu.pandeglang"}) {
            assertThat(page(reader, whole).status()).as(reader).isEqualTo(404);
        }
        assertThat(page("bawaslu.serang", "/perkara/" + UUID.randomUUID() + "/jejak-audit").status()).isEqualTo(404);
        assertThat(page("bawaslu.serang", "/perkara/bukan-uuid/jejak-audit").status()).isEqualTo(404);
    }

    /**
     * A trail longer than 1,000 rows (every read of the case is one) is read whole, 200 rows a page newest first: each
     * page's caption says which rows it shows of how many, previous and next reach every row, and the registration,
     * the oldest row, is on the last page; the case page's caption says it shows the newest 20.
     */
    @Test
    void theWholeAuditTrailIsPagedSoEveryRowOfALongTrailIsReachable() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true));
        jdbc.sql("INSERT INTO audit_event (actor, action, case_id) SELECT 'bawaslu.ri', 'CASE_READ', :c FROM generate_series(1, 1050)")
                .param("c", f.caseId()).update();
        String path = "/perkara/" + f.caseId();
        String whole = path + "/jejak-audit";
        assertThat(page("bawaslu.serang", path).body()).containsPattern("20 catatan terbaru dari 1\\.0\\d\\d")
                .doesNotContain("1.000 baris");
        // Reading the whole trail is no read of the case: it stays as long from here on.
        long total = jdbc.sql("SELECT count(*) FROM audit_event WHERE case_id = :c").param("c", f.caseId()).query(Long.class).single();
        assertThat(total).isGreaterThan(1050);
        String totalText = String.format("%,d", total).replace(',', '.');
        Pages.Page first = page("bawaslu.serang", whole);
        assertThat(rows(first.body())).isEqualTo(200);
        assertThat(first.body()).contains("catatan 1–200 dari " + totalText, "Halaman 1 dari 6", whole + "?halaman=2")
                .doesNotContain("id=\"previous\"", "Perkara diregistrasi");
        int seen = 0;
        String last = null;
        for (int n = 1; n <= 6; n++) {
            Pages.Page p = page("bawaslu.serang", whole + "?halaman=" + n);
            assertThat(p.status()).isEqualTo(200);
            seen += rows(p.body());
            last = p.body();
        }
        assertThat(seen).isEqualTo((int) total);
        assertThat(last).contains("catatan 1.001–" + totalText + " dari " + totalText, "Perkara diregistrasi", "Menyelesaikan tugas",
                whole + "?halaman=5").doesNotContain("id=\"next\"");
        // Past the last page: the last; not a page number: the first.
        assertThat(page("bawaslu.serang", whole + "?halaman=99999999999").body()).contains("Halaman 6 dari 6", "Perkara diregistrasi");
        assertThat(page("bawaslu.serang", whole + "?halaman=dua").body()).contains("Halaman 1 dari 6");
        assertThat(page("admin", whole + "?halaman=6&lang=en").body()).contains("entries 1,001–" + String.format(java.util.Locale.ENGLISH,
                "%,d", total) + " of ", "Page 6 of 6", "Case registered");
    }

    /**
     * Who acted where no account did — the reporter filing, the public trying an access code, the system's timer — is
     * said in the reader's language on the case page's history and audit trail; an officer by their account's name. No
     * account may take one of those names.
     */
    @Test
    void theReporterAndTheSystemAreSaidInTheReadersLanguage() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        assertThat(api.get("/api/v1/public/reports/" + f.trackingNumber(), "X-Access-Code", "AAAA-BBBB-CCCC").status()).isEqualTo(404);
        String path = "/perkara/" + f.caseId();
        Pages.Page english = page("bawaslu.serang", path + "?lang=en");
        String received = english.body().substring(english.body().indexOf("<tr data-status=\"RECEIVED\">"));
        received = received.substring(0, received.indexOf("</tr>")).replaceAll("<[^>]+>", " ");
        assertThat(received).contains("Reporter").doesNotContain("pelapor");
        assertThat(english.body()).contains("Public (no account)").doesNotContainPattern(">\\s*(pelapor|publik)\\s*<");
        Pages.Page indonesian = page("bawaslu.serang", path + "?lang=id");
        assertThat(indonesian.body()).contains(">Pelapor<", "Publik (tanpa akun)", "bawaslu.serang");

        java.util.Map<String, Object> account = new java.util.HashMap<>(Map.of("username", "sistem", "displayName", "Sistem Palsu",
                "role", "BAWASLU_OFFICER", "office", "36.04", "password", "Sandi-Kuat-Sekali-2026"));
        assertThat(api.as("admin").post("/api/v1/admin/users", account).body()).contains("Nama akun sudah dipakai.");
        account.put("username", "pelapor");
        assertThat(api.as("admin").post("/api/v1/admin/users", account).status()).isEqualTo(400);
    }

    /** A task's hand-over in the audit trail says from whom (or that no one had claimed it) and to whom. */
    @Test
    void aHandOverInTheAuditTrailSaysFromWhomToWhom() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        String colleague = "alih." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").post("/api/v1/admin/users", new java.util.HashMap<>(Map.of("username", colleague,
                "displayName", "Petugas Uji Alih", "role", "BAWASLU_OFFICER", "office", "36.04", "password", "rahasia-uji-123")))
                .status()).isEqualTo(201);
        for (String to : new String[]{"bawaslu.serang", colleague}) {
            assertThat(api.as("komisioner.serang").post("/api/v1/tasks/" + task + "/assign", Map.of("assignee", to)).status())
                    .as(to).isEqualTo(200);
        }
        String path = "/perkara/" + f.caseId();
        List<String> rows = auditRows(page("bawaslu.serang", path), "TASK_REASSIGNED");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("komisioner.serang", "Mengalihkan tugas", "Kajian awal", "dari bawaslu.serang kepada " + colleague);
        assertThat(rows.get(1)).contains("Mengalihkan tugas", "kepada bawaslu.serang (belum diambil siapa pun)");
        assertThat(auditRows(page("admin", path + "/jejak-audit?lang=en"), "TASK_REASSIGNED"))
                .anySatisfy(r -> assertThat(r).contains("from bawaslu.serang to " + colleague))
                .anySatisfy(r -> assertThat(r).contains("to bawaslu.serang (no one had claimed it)"));
    }

    /** The audit trail's rows on a page. */
    private static int rows(String body) {
        int from = body.indexOf("id=\"audit-trail\"");
        if (from < 0) {
            return 0;
        }
        String table = body.substring(from, body.indexOf("</table>", from));
        return table.split("data-action=", -1).length - 1;
    }

    @Test
    void theAuditTrailIsTheHandlingOfficesAndTheAdministratorsAndTheReporterStaysWithTheHandlingOffice() {
        Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        String path = "/perkara/" + f.caseId();
        String taskPath = "/tugas/" + driver.taskId("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION);
        List<String> identity = List.of(Reports.REPORTER_NAME, Reports.REPORTER_NIK, Reports.REPORTER_PHONE, Reports.REPORTER_EMAIL,
                Reports.REPORTER_ADDRESS, f.trackingNumber());

        Pages.Page handling = page("bawaslu.serang", path);
        assertThat(handling.status()).isEqualTo(200);
        assertThat(handling.body()).contains("id=\"audit-trail\"", "Perkara diregistrasi", "Menyelesaikan tugas", "Membaca perkara")
                .contains(identity);
        assertThat(page("komisioner.serang", path).body()).contains("id=\"audit-trail\"");

        Pages.Page admin = page("admin", path);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("id=\"audit-trail\"", "Rekomendasi diterbitkan", "Administrator tidak membaca isi perkara")
                .doesNotContain(Reports.REPORTER_NAME, "Budi Santoso", "id=\"persons-title\"");
        assertThat(page("admin", "/perkara/" + UUID.randomUUID()).status()).isEqualTo(404);

        for (String reader : new String[]{"bawaslu.banten", "bawaslu.ri", "examiner", "examiner.approver", "ppk.serang"}) {
            Pages.Page r = page(reader, path);
            assertThat(r.status()).as(reader).isEqualTo(200);
            assertThat(r.body()).as(reader + " reads the case").contains("Budi Santoso");
            assertThat(r.body()).as(reader + ": no audit trail").doesNotContain("id=\"audit\"", "audit-trail", "Membaca perkara");
        }
        assertThat(page("ppk.pandeglang", path).status()).isEqualTo(404);
        assertThat(page("bawaslu.pandeglang", path).status()).isEqualTo(404);

        // No page outside the handling office names the reporter or shows the tracking number: the case, the search,
        // the inbox, a task.
        Map<String, List<String>> pagesOf = Map.of(
                "bawaslu.banten", List.of(path, "/cari", "/cari?name=Budi", "/kotak-masuk"),
                "bawaslu.ri", List.of(path, "/cari?agency=PEMDA-36.04"),
                "examiner", List.of(path, "/cari?name=Budi", "/kotak-masuk"),
                "examiner.approver", List.of(path, "/cari"),
                "ppk.serang", List.of(path, "/cari?name=Budi", "/kotak-masuk", taskPath),
                "admin", List.of(path, "/cari"));
        pagesOf.forEach((reader, paths) -> paths.forEach(p -> {
            String r = page(reader, p).okBody();
            assertThat(r).as(reader + " " + p).doesNotContain(identity);
            assertThat(r).as(reader + " " + p).doesNotContain("Ahmad Fauzi");
        }));
    }

    @Test
    void theCasePageSaysEveryDecisionDeadlineAndDateInTheReadersWords() {
        Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        UUID person = driver.persons(f.caseId()).get(0);
        String path = "/perkara/" + f.caseId();
        // The PPK's deadline runs, counted in days from today in Jakarta; the examination's is behind the track.
        LocalDate due = null;
        for (com.fasterxml.jackson.databind.JsonNode d : driver.caseAs("ppk.serang", f.caseId()).path("reportedPersons").get(0)
                .path("track").path("deadlines")) {
            if (d.path("kind").asText().equals("PPK_FOLLOW_UP")) {
                due = LocalDate.parse(d.path("dueOn").asText());
            }
        }
        long left = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(JAKARTA), due);
        String running = page("ppk.serang", path).body();
        assertThat(running).contains("<tr data-kind=\"PPK_FOLLOW_UP\" data-days-left=\"" + left + "\">",
                left + " hari lagi", "class=\"due ontime\"");
        // Each deadline beside the rule it was counted by, in the reader's language.
        assertThat(running).containsPattern("data-kind=\"PPK_FOLLOW_UP\"[^>]*>(?s)\\s*<th[^>]*>[^<]*</th>\\s*"
                + "<td class=\"basis\">14 hari kerja sejak rekomendasi</td>");
        assertThat(running).contains("<td class=\"basis\">14 hari kerja sejak diteruskan</td>");
        assertThat(page("bawaslu.serang", path).body()).contains("<td class=\"basis\">2 hari sejak diterima</td>",
                "<td class=\"basis\">14 hari kerja sejak rekomendasi</td>");
        assertThat(running).containsPattern("data-kind=\"EXAMINATION\">(?s).*?tidak berjalan lagi");

        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/77/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        for (String reader : new String[]{"bawaslu.serang", "examiner", "ppk.serang"}) {
            String body = page(reader, path).body();
            assertThat(body).as(reader).contains("Hukuman disiplin sedang", "800/77/2026", "Laporan tindak lanjut rekomendasi (SK Hukdis)",
                    "Sanksi dijatuhkan", "Pemeriksaan", "Terbukti", "Pertimbangan", "R-", "Menunggu verifikasi BKN",
                    "Pelanggaran netralitas ASN", "Kampanye/sosialisasi di media sosial (unggah, suka, bagikan, komentar konten peserta)", " WIB");
            String text = body.replaceAll("(?s)<head>.*</head>", "").replaceAll("<[^>]+>", " ");
            assertThat(text).as(reader + ": no ISO date or time").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            assertThat(text).as(reader + ": no raw code").doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b");
        }
        // The plenary's decision is read by the examining agency, not by the PPK.
        assertThat(page("examiner", path).body()).contains("data-task=\"plenaryDecision\"", "Disetujui");
        assertThat(page("ppk.serang", path).okBody()).contains("data-task=\"examination\"").doesNotContain("data-task=\"plenaryDecision\"");
        assertThat(page("bawaslu.serang", path + "?lang=en").body()).contains("Decisions", "Medium disciplinary penalty",
                "no longer running", "Audit trail");
        assertThat(page("ppk.serang", path + "?lang=en").body()).contains("<th scope=\"col\">Basis</th>",
                "<td class=\"basis\">14 working days from the recommendation</td>");
    }

    /** The task completions of a page's audit trail, each row as its text reads. */
    private static List<String> completions(Pages.Page page) {
        return auditRows(page, "TASK_COMPLETED");
    }

    /** The rows of one action in a page's audit trail, each as its text reads. */
    private static List<String> auditRows(Pages.Page page, String action) {
        List<String> rows = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<tr data-action=\"" + action + "\">(.*?)</tr>").matcher(page.body());
        while (m.find()) {
            rows.add(m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return rows;
    }

    /**
     * A task's completion in the audit trail says whose track it was and what was decided — the review's outcome, the
     * conclusion, approved or rejected, the examination's outcome — from the decision as routed, never its free text,
     * so a note naming the reporter stays out; an administrator, who reads no case, reads the person by their place in
     * the report, not by name.
     */
    @Test
    void aCompletionInTheAuditTrailSaysWhoseTrackItWasAndWhatWasDecided() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", true, "notes", "Pelapor " + Reports.REPORTER_NAME + " datang sendiri."));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", false,
                "notes", "Kaji ulang keterangan " + Reports.REPORTER_NAME + ".")));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Unsur terpenuhi."));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "reasoning", "Terbukti melanggar netralitas."));
        String path = "/perkara/" + f.caseId();

        List<String> handling = completions(page("bawaslu.serang", path));
        assertThat(handling).anySatisfy(r -> assertThat(r).contains("Kajian awal", "Diregistrasi"))
                .anySatisfy(r -> assertThat(r).contains("Kajian", "Pelanggaran netralitas ASN"))
                .anySatisfy(r -> assertThat(r).contains("Rapat pleno", "Ditolak"))
                .anySatisfy(r -> assertThat(r).contains("Rapat pleno", "Disetujui"))
                .anySatisfy(r -> assertThat(r).contains("Pemeriksaan", "Budi Santoso", "Terbukti"))
                .allSatisfy(r -> assertThat(r).doesNotContain(Reports.REPORTER_NAME, "datang sendiri", "Kaji ulang"));
        assertThat(completions(page("bawaslu.serang", path + "?lang=en")))
                .anySatisfy(r -> assertThat(r).contains("Plenary meeting", "Rejected"))
                .anySatisfy(r -> assertThat(r).contains("Examination", "Budi Santoso", "Proven"));

        Pages.Page admin = page("admin", path);
        assertThat(completions(admin)).anySatisfy(r -> assertThat(r).contains("Pemeriksaan", "Terlapor ke-1", "Terbukti"))
                .anySatisfy(r -> assertThat(r).contains("Rapat pleno", "Ditolak"));
        assertThat(admin.okBody()).doesNotContain("Budi Santoso", Reports.REPORTER_NAME, "datang sendiri");
        id.netra.support.Api.Response audit = api.as("admin").get("/api/v1/cases/" + f.caseId() + "/audit");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).doesNotContain(Reports.REPORTER_NAME, Reports.REPORTER_NIK, "datang sendiri", "Kaji ulang");
    }

    /** The plenary's record — minutes, who was present, a parallel forwarding to Gakkumdu — in the decisions, in the reader's language. */
    @Test
    void thePlenarysMeetingIsOnTheCasePage() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        Map<String, Object> meeting = new java.util.LinkedHashMap<>(Map.of("approved", true, "minutesNumber", "007/BA/PL/36.04/XI/2026",
                "gakkumduForwarded", true, "gakkumduLetterNumber", "011/PP.01/K.BT-04/XI/2026"));
        meeting.put("commissionersPresent", List.of(Map.of("name", "Dedi Mulyadi"), Map.of("name", "Siti Rahmawati")));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, meeting);
        String path = "/perkara/" + f.caseId();
        assertThat(page("bawaslu.serang", path).text("decisions")).contains(
                "Berita acara rapat pleno 007/BA/PL/36.04/XI/2026; hadir: Dedi Mulyadi, Siti Rahmawati.",
                "Diteruskan juga ke Sentra Gakkumdu dengan surat 011/PP.01/K.BT-04/XI/2026.");
        assertThat(page("examiner", path + "?lang=en").text("decisions")).contains(
                "Plenary minutes 007/BA/PL/36.04/XI/2026; present: Dedi Mulyadi, Siti Rahmawati.");
    }

    /**
     * Outside the handling office the reporter heard is named by their party alone, in the reader's language: not
     * "Pelapor, Pelapor", nor "Reporter, Pelapor" in English.
     */
    @Test
    void theReporterHeardIsNamedByTheirPartyAloneOutsideTheOffice() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        String today = id.netra.platform.Today.date().toString();
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(
                Map.of("party", "REPORTER", "name", Reports.REPORTER_NAME, "heldOn", today, "summary", "Keterangan pelapor."),
                Map.of("party", "REPORTED", "name", "Budi Santoso", "heldOn", today, "summary", "Keterangan terlapor."))));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Unsur terpenuhi."));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, id.netra.support.Plenary.approved());
        String task = "/tugas/" + driver.taskId("examiner", f.caseId(), FlowNodes.EXAMINATION);
        for (String lang : List.of("en", "id")) {
            String taskText = page("examiner", task + "?lang=" + lang).body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
            assertThat(taskText).as(lang).contains("Keterangan pelapor.").doesNotContain("Reporter , Pelapor", "Pelapor , Pelapor",
                    Reports.REPORTER_NAME);
            String caseText = page("examiner", "/perkara/" + f.caseId() + "?lang=" + lang).body();
            assertThat(caseText).as(lang).contains("Keterangan pelapor.").doesNotContain(Reports.REPORTER_NAME);
            if (lang.equals("en")) {
                assertThat(caseText).doesNotContain(">Pelapor<");
            }
        }
    }

    @Test
    void anotherLawIsARouteOfItsOwn() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTER",
                "name", "Pelapor", "heldOn", java.time.LocalDate.now(clock).toString(), "summary", "Keterangan pelapor."))));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "OTHER_VIOLATION",
                "otherRoute", "OTHER_LAW", "analysis", "Pelanggaran undang-undang lain."));
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        assertThat(driver.status(f.caseId())).isEqualTo("FORWARDED_ELSEWHERE");
        assertThat(page("bawaslu.serang", "/perkara/" + f.caseId()).body())
                .contains("Pelanggaran peraturan perundang-undangan lainnya (instansi berwenang)");
    }

    /**
     * A case of two persons, the first one's examination rejected by the approver once and examined again: the PPK,
     * who does not read the examining agency's approvals, reads the examination that stands once — not two alike rows
     * with nothing between them — and only its own person's; whoever reads the approvals reads both examinations with
     * the rejection between, each approval once, each of its own person.
     */
    @Test
    void aPpkReadsEachExaminationOfItsPersonOnceAndTheExaminingAgencyEveryRoundOfIt() {
        Filed f = driver.toExamination(Reports.naming(Reports.report("36.04", "PEMDA-36.04"),
                Reports.camatAndTwoLurah().subList(0, 2)));
        List<UUID> persons = driver.persons(f.caseId());
        Map<String, Object> proven = Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "reasoning", "Terbukti melanggar netralitas.");
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, persons.get(0), proven);
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, persons.get(0),
                Map.of("approved", false, "notes", "Lengkapi pertimbangan."));
        for (UUID person : persons) {
            driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, proven);
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        }
        String path = "/perkara/" + f.caseId();
        for (String reader : new String[]{"bawaslu.serang", "bawaslu.ri", "examiner", "examiner.approver"}) {
            Pages.Page page = page(reader, path);
            assertThat(decisionRows(page, FlowNodes.EXAMINATION)).as(reader)
                    .satisfiesExactly(r -> assertThat(r).contains(Reports.CAMAT), r -> assertThat(r).contains(Reports.CAMAT),
                            r -> assertThat(r).contains(Reports.LURAH_1));
            assertThat(decisionRows(page, FlowNodes.RECOMMENDATION_APPROVAL)).as(reader)
                    .satisfiesExactly(r -> assertThat(r).contains(Reports.CAMAT, "Ditolak", "Lengkapi pertimbangan."),
                            r -> assertThat(r).contains(Reports.CAMAT, "Disetujui"), r -> assertThat(r).contains(Reports.LURAH_1, "Disetujui"));
        }
        Map<String, String> ppks = Map.of("ppk.serang", Reports.CAMAT, "ppk.kotaserang", Reports.LURAH_1);
        ppks.forEach((ppk, name) -> {
            Pages.Page page = page(ppk, path);
            assertThat(decisionRows(page, FlowNodes.EXAMINATION)).as(ppk).singleElement().satisfies(r -> assertThat(r).contains(name));
            assertThat(decisionRows(page, FlowNodes.RECOMMENDATION_APPROVAL)).as(ppk).isEmpty();
            assertThat(driver.caseAs(ppk, f.caseId()).path("decisions").findValuesAsText("taskKey")).as(ppk + " (API)")
                    .containsOnlyOnce(FlowNodes.EXAMINATION);
        });
    }

    /** The rows of one task's decisions in a page's decisions table, each as its text reads. */
    private static List<String> decisionRows(Pages.Page page, String taskKey) {
        List<String> rows = new java.util.ArrayList<>();
        String body = page.body();
        int table = body.indexOf("id=\"decisions\"");
        if (table < 0) {
            return rows;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<tr data-task=\"" + taskKey + "\">(.*?)</tr>")
                .matcher(body.substring(table, body.indexOf("</table>", table)));
        while (m.find()) {
            rows.add(m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return rows;
    }
}
