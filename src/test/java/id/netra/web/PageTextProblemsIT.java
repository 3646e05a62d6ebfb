package id.netra.web;

import id.netra.platform.TextRules;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A character refused everywhere ({@link TextRules}: control characters, NUL, noncharacters, bidirectional overrides,
 * the BOM, tags) pasted into a page's form costs nobody their form: every page that posts a form, and the search, gives
 * it back as typed but without those characters, 400, with the error next to the field in the page's language, and
 * saves, sends or decides nothing. A form whose handler does not show them (the sign-in, a hidden field's buttons) is
 * refused whole before it is read, and the API answers its problem JSON as before ({@code OddTextIT}).
 */
class PageTextProblemsIT extends IntegrationTest {

    static final String REMOVED = "Kolom ini berisi karakter tak terlihat yang tidak diizinkan; karakter itu telah dihapus — periksa lalu kirim lagi.";
    static final String REMOVED_EN = "This field contained invisible characters that are not allowed; they have been removed — check it, then send it again.";

    /** Every code point that can travel in a form (no lone surrogate can be UTF-8) and that {@link TextRules} refuses. */
    static final String ALL_REFUSED = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
            .filter(cp -> (cp < 0xD800 || cp > 0xDFFF) && !TextRules.acceptable(Character.toString(cp), true))
            .mapToObj(Character::toString).collect(Collectors.joining());

    /** One of each kind, for every form: C0 (NUL, BEL, ESC), DEL, C1 (NEL), an override, the BOM, a noncharacter, a tag. */
    static final List<String> SAMPLES = List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u202e", "\ufeff", "\uffff",
            "\udb40\udc01");

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }

    private String text(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(String.class).optional().orElse(null);
    }

    /** The page given back: 400, HTML, the error next to the field and the field marked invalid. */
    private static void givenBack(Pages.Page page, String field, String message) {
        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.body()).startsWith("<!DOCTYPE html>").doesNotContain("\"title\"");
        assertThat(page.text(field + "-error")).as(field).isEqualTo(message);
        assertThat(page.attribute(field, "aria-invalid")).as(field).isEqualTo("true");
    }

    @Test
    void theSamplesAndEveryOtherRefusedCharacterAreTheTextRulesOwn() {
        assertThat(SAMPLES).allSatisfy(c -> assertThat(TextRules.acceptable("a" + c, true)).as("U+%04X", c.codePointAt(0)).isFalse());
        assertThat(ALL_REFUSED.codePoints().count()).isEqualTo(29 + 33 + 32 + 34 + 9 + 1 + 128);
    }

    @Test
    void aTaskPageGivesTheFormBackAsTypedAndDecidesNothing() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang", "netra-demo");
        officer.get("/tugas/" + task);
        for (String c : SAMPLES) {
            for (String action : List.of("complete", "claim", "stay")) {
                Pages.Page page = officer.post("/tugas/" + task, "action", action, "formalRequirementsMet", "true",
                        "materialRequirementsMet", "true", "missingItems", "", "notes", "Catatan" + c + " rapat\nbaris dua");
                givenBack(page, "notes", REMOVED);
                assertThat(page.text("notes")).isEqualTo("Catatan rapat baris dua");
                assertThat(page.body()).contains("Catatan rapat\nbaris dua");
                assertThat(page.tag("formalRequirementsMet-true")).contains("checked");
                assertThat(page.tag("materialRequirementsMet-true")).contains("checked");
                assertThat(assignee(task)).as("not claimed").isNull();
            }
        }
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");
        // Every refused character at once: all of them gone, nothing else.
        Pages.Page all = officer.post("/tugas/" + task, "action", "complete", "formalRequirementsMet", "true",
                "materialRequirementsMet", "true", "notes", "awal" + ALL_REFUSED + "akhir");
        givenBack(all, "notes", REMOVED);
        assertThat(all.text("notes")).isEqualTo("awalakhir");
        assertThat(driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW)).isEqualTo(task);
        // Sent again as given back: decided.
        Pages.Page again = officer.post("/tugas/" + task, "action", "complete", "formalRequirementsMet", "true",
                "materialRequirementsMet", "true", "notes", "Catatan rapat");
        assertThat(again.status()).as(again.body()).isEqualTo(302);
        assertThat(driver.status(f.caseId())).isNotEqualTo("RECEIVED");
    }

    private String assignee(String taskId) {
        return owner.sql("SELECT assignee_ FROM act_ru_task WHERE id_ = :t").param("t", taskId).query(String.class).optional().orElse(null);
    }

    @Test
    void theReportFormGivesEveryFieldBackAndSendsNothingInEitherLanguage() {
        long before = count("SELECT count(*) FROM case_file WHERE :p = :p", 1);
        for (String lang : List.of("id", "en")) {
            Pages reporter = new Pages(port);
            reporter.get("/lapor?lang=" + lang);
            for (String c : SAMPLES) {
                for (String action : List.of("submit", "addPerson")) {
                    Map<String, String> form = Reports.pageForm();
                    form.put("action", action);
                    form.put("incident.description", "ASN" + c + " memberikan dukungan");
                    form.put("reportedPersons[0].position", "Camat" + c + " Ciruas");
                    form.put("reporter.phone", "");                   // required? no: its own error beside the cleaned ones
                    Pages.Page page = reporter.post("/lapor", form);
                    String message = lang.equals("en") ? REMOVED_EN : REMOVED;
                    givenBack(page, "incident-description", message);
                    givenBack(page, "reportedPersons-0-position", message);
                    assertThat(page.body()).contains("<html lang=\"" + lang + "\"");
                    assertThat(page.text("incident-description")).isEqualTo("ASN memberikan dukungan");
                    assertThat(page.attribute("reportedPersons-0-position", "value")).isEqualTo("Camat Ciruas");
                    assertThat(page.attribute("reporter-name", "value")).isEqualTo(Reports.REPORTER_NAME);
                    assertThat(page.attribute("reporter-email", "value")).isEqualTo(form.get("reporter.email"));
                    assertThat(page.attribute("witnesses-0-name", "value")).isEqualTo("Siti Aminah");
                    assertThat(page.body()).as("no row added").doesNotContain("id=\"reportedPersons-1-name\"");
                    // The summary names each field: its message alone does not.
                    assertThat(page.text("problems")).contains(
                            (lang.equals("en") ? "Description: " : "Uraian kejadian: ") + message,
                            (lang.equals("en") ? "Reported person 1, Position (optional): " : "Terlapor 1, Jabatan (tidak wajib): ") + message);
                }
            }
        }
        assertThat(count("SELECT count(*) FROM case_file WHERE :p = :p", 1)).as("no report filed").isEqualTo(before);
    }

    static final String SEPARATORS_REPLACED = "Kolom ini harus satu baris: pemisah baris atau paragraf di dalamnya telah diganti "
            + "spasi — periksa lalu kirim lagi.";

    /**
     * A one-line input holding an invisible character (a joiner, a zero-width space) or a line or paragraph separator
     * (U+2028, U+2029) comes back as it can be sent again — the invisible one left out, the separator a space — each
     * said next to its input and named in the summary, nothing filed; sent again as given back, the report is filed.
     * The API refuses the same body, each field with what it holds (not "a line break" for a joiner).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aOneLineInputsInvisibleCharacterOrSeparatorComesBackSoTheReportCanBeSentAgain() {
        long before = count("SELECT count(*) FROM case_file WHERE :p = :p", 1);
        Map<String, String> form = Reports.pageForm();
        form.put("reporter.name", "Ahmad\u200dFauzi");
        form.put("incident.place", "Kantor\u2028Ciruas");
        form.put("reportedPersons[0].position", "Camat\u200b\u2029\u2029Ciruas");
        form.put("witnesses[0].name", "Siti\u2060 Aminah");
        Pages reporter = new Pages(port);
        reporter.get("/lapor");
        Pages.Page page = reporter.post("/lapor", form);
        givenBack(page, "reporter-name", REMOVED);
        givenBack(page, "incident-place", SEPARATORS_REPLACED);
        givenBack(page, "reportedPersons-0-position", SEPARATORS_REPLACED);
        givenBack(page, "witnesses-0-name", REMOVED);
        assertThat(page.attribute("reporter-name", "value")).isEqualTo("AhmadFauzi");
        assertThat(page.attribute("incident-place", "value")).isEqualTo("Kantor Ciruas");
        assertThat(page.attribute("reportedPersons-0-position", "value")).isEqualTo("Camat Ciruas");
        assertThat(page.attribute("witnesses-0-name", "value")).isEqualTo("Siti Aminah");
        assertThat(page.body()).doesNotContain("Harus satu baris");
        assertThat(page.text("problems")).contains("Nama lengkap: " + REMOVED, "Tempat kejadian: " + SEPARATORS_REPLACED,
                "Terlapor 1, Jabatan (tidak wajib): " + SEPARATORS_REPLACED, "Nama saksi 1: " + REMOVED);
        assertThat(count("SELECT count(*) FROM case_file WHERE :p = :p", 1)).as("nothing filed").isEqualTo(before);

        form.put("reporter.name", page.attribute("reporter-name", "value"));
        form.put("incident.place", page.attribute("incident-place", "value"));
        form.put("reportedPersons[0].position", page.attribute("reportedPersons-0-position", "value"));
        form.put("witnesses[0].name", page.attribute("witnesses-0-name", "value"));
        Pages.Page again = reporter.post("/lapor", form);
        assertThat(again.status()).as(again.text("problems")).isEqualTo(303);
        assertThat(count("SELECT count(*) FROM case_file WHERE :p = :p", 1)).isEqualTo(before + 1);

        // The API gives nothing back: it refuses, saying what each field holds.
        Map<String, Object> body = Reports.report("36.04", "PEMDA-36.04");
        ((Map<String, Object>) body.get("reporter")).put("name", "Ahmad\u200dFauzi");
        ((Map<String, Object>) body.get("incident")).put("place", "Kantor\u2028Ciruas");
        id.netra.support.Api.Response refused = api.post("/api/v1/public/reports", body);
        assertThat(refused.status()).isEqualTo(400);
        Map<String, String> codes = new java.util.HashMap<>();
        refused.json().path("errors").forEach(e -> codes.put(e.path("field").asText(), e.path("code").asText()));
        assertThat(codes).containsEntry("reporter.name", "input.invisible").containsEntry("incident.place", "input.lineBreak");
        assertThat(refused.body()).contains("Berisi karakter tak terlihat (spasi lebar-nol, penanda arah, tanda sambung)");

        // The status page's place (a completion) alike.
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of(
                "formalRequirementsMet", false, "materialRequirementsMet", true, "missingItems", "Tautan unggahan."));
        Pages.Page completion = reporter.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(),
                "accessCode", f.accessCode(), "action", "complete", "statement", "Keterangan tambahan.", "place", "Balai\u2029Desa");
        givenBack(completion, "place", SEPARATORS_REPLACED);
        assertThat(completion.attribute("place", "value")).isEqualTo("Balai Desa");
        assertThat(driver.status(f.caseId())).as("not completed").isEqualTo("AWAITING_COMPLETION");
    }

    @Test
    void theStatusPagesLookNothingUpAndWithdrawNothing() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        Pages reporter = new Pages(port);
        reporter.get("/lapor/status");
        for (String c : SAMPLES) {
            Pages.Page lookup = reporter.post("/lapor/status", "trackingNumber", f.trackingNumber() + c, "accessCode", f.accessCode());
            givenBack(lookup, "trackingNumber", REMOVED);
            assertThat(lookup.attribute("trackingNumber", "value")).isEqualTo(f.trackingNumber());
            assertThat(lookup.tag("statusLabel")).as("nothing looked up").isNull();

            Pages.Page withdraw = reporter.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(),
                    "accessCode", f.accessCode(), "action", "withdraw", "reason", "Salah" + c + " kirim");
            givenBack(withdraw, "reason", REMOVED);
            assertThat(withdraw.text("reason")).isEqualTo("Salah kirim");
            assertThat(withdraw.text("statusLabel")).isEqualTo("Diterima");
            // A number sent back (hidden) with such a character: said by the buttons, nothing withdrawn.
            Pages.Page hidden = reporter.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber() + c,
                    "accessCode", f.accessCode(), "action", "withdraw", "reason", "");
            assertThat(hidden.status()).isEqualTo(400);
            assertThat(hidden.text("action-error")).isEqualTo(REMOVED);
        }
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");
    }

    @Test
    void accountFormsAreGivenBackAndChangeNothing() {
        Pages admin = Pages.signedIn(port, "admin", "netra-demo");
        String hash = text("SELECT password_hash FROM app_user WHERE username = :p", "ppk.serang");
        String displayName = text("SELECT display_name FROM app_user WHERE username = :p", "ppk.serang");
        long accounts = count("SELECT count(*) FROM app_user WHERE :p = :p", 1);
        for (String c : SAMPLES) {
            admin.get("/admin/akun");
            Pages.Page created = admin.post("/admin/akun", "username", "petugas.uji.teks", "displayName", "Petugas" + c + " Uji",
                    "role", "BAWASLU_OFFICER", "office", "36.04", "password", "Serang-Awas-2026");
            givenBack(created, "displayName", REMOVED);
            assertThat(created.attribute("displayName", "value")).isEqualTo("Petugas Uji");
            assertThat(created.attribute("username", "value")).isEqualTo("petugas.uji.teks");
            assertThat(created.body()).contains("<option value=\"36.04\" selected=\"selected\">").doesNotContain("Serang-Awas-2026");

            admin.get("/admin/akun/ppk.serang");
            Pages.Page changed = admin.post("/admin/akun/ppk.serang", "displayName", "PPK" + c + " Serang Baru", "role", "PPK",
                    "office", "", "agency", "PEMDA-36.04");
            givenBack(changed, "displayName", REMOVED);
            assertThat(changed.attribute("displayName", "value")).isEqualTo("PPK Serang Baru");

            Pages.Page reset = admin.post("/admin/akun/ppk.serang/sandi", "password", "Kuat-Awas-2026" + c);
            givenBack(reset, "password", REMOVED);
            assertThat(reset.body()).doesNotContain("Kuat-Awas-2026");
        }
        assertThat(count("SELECT count(*) FROM app_user WHERE :p = :p", 1)).isEqualTo(accounts);
        assertThat(text("SELECT password_hash FROM app_user WHERE username = :p", "ppk.serang")).isEqualTo(hash);
        assertThat(text("SELECT display_name FROM app_user WHERE username = :p", "ppk.serang")).isEqualTo(displayName);
    }

    @Test
    void referenceFormsAndListFiltersAreGivenBackAndChangeNothing() {
        Pages admin = Pages.signedIn(port, "admin", "netra-demo");
        String office = text("SELECT name FROM office WHERE code = :p", "36.02");
        String ppkTitle = text("SELECT ppk_title FROM agency WHERE code = :p", "PEMDA-36.02");
        long agencies = count("SELECT count(*) FROM agency WHERE :p = :p", 1);
        long regions = count("SELECT count(*) FROM region WHERE :p = :p", 1);
        for (String c : SAMPLES) {
            admin.get("/admin/kantor/36.02");
            Pages.Page renamed = admin.post("/admin/kantor/36.02", "name", "Bawaslu" + c + " Lebak");
            givenBack(renamed, "name", REMOVED);
            assertThat(renamed.attribute("name", "value")).isEqualTo("Bawaslu Lebak");

            admin.get("/admin/instansi");
            Pages.Page agency = admin.post("/admin/instansi", "code", "PUSAT-TEKS", "name", "Badan" + c + " Uji",
                    "ppkTitle", "Kepala Badan", "regionCode", "");
            givenBack(agency, "name", REMOVED);
            assertThat(agency.attribute("name", "value")).isEqualTo("Badan Uji");
            assertThat(agency.attribute("code", "value")).isEqualTo("PUSAT-TEKS");

            admin.get("/admin/instansi/PEMDA-36.02");
            Pages.Page changed = admin.post("/admin/instansi/PEMDA-36.02", "name", "Pemerintah Kabupaten Lebak",
                    "ppkTitle", "Bupati" + c + " Lebak");
            givenBack(changed, "ppkTitle", REMOVED);
            assertThat(changed.attribute("ppkTitle", "value")).isEqualTo("Bupati Lebak");

            admin.get("/admin/wilayah");
            Pages.Page region = admin.post("/admin/wilayah", "code", "36.99", "level", "city", "name", "Kota" + c + " Uji");
            givenBack(region, "name", REMOVED);
            assertThat(region.attribute("name", "value")).isEqualTo("Kota Uji");

            String encoded = URLEncoder.encode("PEMDA-36.0" + c, StandardCharsets.UTF_8);
            for (String list : List.of("/admin/instansi", "/admin/kantor", "/admin/wilayah")) {
                Pages.Page filtered = admin.get(list + "?q=" + encoded);
                givenBack(filtered, "q", REMOVED);
                assertThat(filtered.attribute("q", "value")).isEqualTo("PEMDA-36.0");
            }
            assertThat(admin.get("/admin/instansi?q=" + encoded).body()).contains("PEMDA-36.02").doesNotContain("PEMDA-36.71");
        }
        assertThat(text("SELECT name FROM office WHERE code = :p", "36.02")).isEqualTo(office);
        assertThat(text("SELECT ppk_title FROM agency WHERE code = :p", "PEMDA-36.02")).isEqualTo(ppkTitle);
        assertThat(count("SELECT count(*) FROM agency WHERE :p = :p", 1)).isEqualTo(agencies);
        assertThat(count("SELECT count(*) FROM region WHERE :p = :p", 1)).isEqualTo(regions);
    }

    @Test
    void holidayAndRuleFormsAreGivenBackAndSaveNothing() {
        Pages admin = Pages.signedIn(port, "admin", "netra-demo");
        long rules = count("SELECT count(*) FROM rule_set WHERE election_type = :p", "PILKADA");
        for (String c : SAMPLES) {
            admin.get("/admin/hari-libur?tahun=2099");
            Pages.Page holiday = admin.post("/admin/hari-libur", "day", "2099-01-05", "name", "Libur" + c + " Uji", "tahun", "2099");
            givenBack(holiday, "name", REMOVED);
            assertThat(holiday.attribute("name", "value")).isEqualTo("Libur Uji");
            assertThat(holiday.attribute("day", "value")).isEqualTo("2099-01-05");
            assertThat(holiday.text("error-summary")).contains("Nama hari libur: " + REMOVED);

            admin.get("/admin/aturan/PILKADA");
            Pages.Page rule = admin.post("/admin/aturan/PILKADA", "reportFilingWorkingDays", "7" + c, "initialReviewDays", "3",
                    "completionDays", "3", "assessmentWorkingDays", "7", "assessmentExtendedWorkingDays", "14",
                    "examinationWorkingDays", "14", "ppkFollowUpWorkingDays", "14", "ppkReminderWorkingDays", "3");
            givenBack(rule, "reportFilingWorkingDays", REMOVED);
            assertThat(rule.attribute("reportFilingWorkingDays", "value")).isEqualTo("7");
            assertThat(rule.attribute("initialReviewDays", "value")).isEqualTo("3");
        }
        assertThat(count("SELECT count(*) FROM holiday WHERE day = CAST(:p AS date)", "2099-01-05")).isZero();
        assertThat(count("SELECT count(*) FROM rule_set WHERE election_type = :p", "PILKADA")).isEqualTo(rules);
    }

    @Test
    void theHolidayImportIsRefusedWholeWhetherTheCharacterIsInItsFileOrItsHiddenField() {
        Pages admin = Pages.signedIn(port, "admin", "netra-demo");
        admin.get("/admin/hari-libur?tahun=2096");
        Pages.Page inTheFile = admin.upload("/admin/hari-libur/impor", "libur.csv",
                "date,name\n2096-03-03,Libur\u0007 Uji\n".getBytes(StandardCharsets.UTF_8), "tahun", "2096");
        assertThat(inTheFile.status()).isEqualTo(400);
        assertThat(inTheFile.text("file-error")).contains("Baris 2").contains("Berisi karakter yang tidak diizinkan");
        admin.get("/admin/hari-libur?tahun=2096");
        Pages.Page inTheField = admin.upload("/admin/hari-libur/impor", "libur.csv",
                "date,name\n2096-03-03,Libur Uji\n".getBytes(StandardCharsets.UTF_8), "tahun", "2096\u0000");
        assertThat(inTheField.status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM holiday WHERE day = CAST(:p AS date)", "2096-03-03")).isZero();
    }

    @Test
    void theSearchBoxIsGivenBackWithNothingSearched() {
        Pages officer = Pages.signedIn(port, "bawaslu.serang", "netra-demo");
        for (String c : SAMPLES) {
            Pages.Page page = officer.get("/cari?name=" + URLEncoder.encode("Budi" + c + " Santoso", StandardCharsets.UTF_8)
                    + "&status=RECEIVED");
            givenBack(page, "name", REMOVED);
            assertThat(page.attribute("name", "value")).isEqualTo("Budi Santoso");
            assertThat(page.body()).contains("<option value=\"RECEIVED\" selected=\"selected\"");
            assertThat(page.text("problems")).contains(REMOVED);
        }
        officer.get("/cari?lang=en");
        Pages.Page english = officer.get("/cari?nip=1986%00");
        givenBack(english, "nip", REMOVED_EN);
        officer.get("/cari?lang=id");
    }

    @Test
    void aFormWhoseHandlerDoesNotShowThemIsRefusedWholeAsAPage() {
        // The sign-in, read by the security chain: no one is signed in with a password that lost a character.
        Pages anonymous = new Pages(port);
        anonymous.get("/masuk");
        Pages.Page signIn = anonymous.post("/masuk", Map.of("username", List.of("admin"), "password", List.of("netra-demo\u0000")));
        assertThat(signIn.status()).isEqualTo(400);
        assertThat(signIn.body()).contains("Permintaan tidak valid").doesNotContain("\"title\"");
        assertThat(anonymous.get("/admin").status()).as("not signed in").isEqualTo(302);

        // Buttons with hidden fields only: the inbox's claim, a holiday's deletion, an account's unlock.
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        officer.get("/kotak-masuk");
        Pages.Page claim = officer.post("/kotak-masuk", Map.of("action", List.of("claimSelected"), "selected", List.of(task + "\u0007")));
        assertThat(claim.status()).isEqualTo(400);
        assertThat(claim.body()).contains("Permintaan tidak valid");
        assertThat(assignee(task)).isNull();

        Pages admin = Pages.signedIn(port, "admin");
        admin.get("/admin/hari-libur?tahun=2093");
        assertThat(admin.post("/admin/hari-libur", Map.of("day", List.of("2093-02-02"), "name", List.of("Libur Uji Hapus"),
                "tahun", List.of("2093"))).status()).isEqualTo(302);
        admin.get("/admin/hari-libur?tahun=2093");
        Pages.Page delete = admin.post("/admin/hari-libur/hapus", Map.of("day", List.of("2093-02-02"), "tahun", List.of("2093"),
                "confirm", List.of("ya\u001b")));
        assertThat(delete.status()).isEqualTo(400);
        assertThat(delete.body()).contains("Permintaan tidak valid");
        assertThat(count("SELECT count(*) FROM holiday WHERE day = CAST(:p AS date)", "2093-02-02")).isEqualTo(1);

        // A parameter's name, or the path, with such a character: refused whole, also for a page that shows them.
        admin.get("/admin/hari-libur?tahun=2093");
        Pages.Page named = admin.post("/admin/hari-libur", Map.of("day", List.of("2093-02-03"), "na\u0000me", List.of("Libur"),
                "tahun", List.of("2093")));
        assertThat(named.status()).isEqualTo(400);
        assertThat(named.body()).contains("Permintaan tidak valid");
        assertThat(admin.get("/admin/kantor%07").status()).isEqualTo(400);
        assertThat(admin.get("/admin/kantor%07").body()).contains("Permintaan tidak valid");
    }

    @Test
    void theApiStillAnswersItsProblemNamingTheFieldEvenToABrowser() {
        for (String c : SAMPLES) {
            var r = api.as("bawaslu.serang").get("/api/v1/cases?name=" + URLEncoder.encode("Budi" + c, StandardCharsets.UTF_8),
                    "Accept", "text/html,*/*;q=0.8");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("name");
            assertThat(r.json().path("errors").get(0).path("code").asText()).isEqualTo("input.control");
        }
        var login = api.send("POST", "/api/v1/session", "username=admin&password=netra-demo%00", "application/x-www-form-urlencoded");
        assertThat(login.status()).isEqualTo(400);
        assertThat(login.contentType()).startsWith("application/problem+json");
    }

    /**
     * An officer's task form treats a one-line field as the public forms do: a line or paragraph separator (or a line
     * break sent around the browser) becomes a space, an invisible character is left out, the value given back so with
     * the error next to it and nothing decided; sent again as given back, the task is completed. A text area beside it
     * keeps its lines. The API refuses the same values, saying what each holds.
     */
    @Test
    void aTaskFormsOneLineFieldComesBackSoTheTaskCanBeCompletedAndTheApiSaysWhatItHolds() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("action", "complete", "rows.hearings", "1",
                "hearings[0].party", "REPORTED", "hearings[0].heldOn", today, "hearings[0].summary", "Baris satu.\nBaris dua."));
        // The API first: it gives nothing back, it refuses, naming what the field holds.
        for (Map.Entry<String, String> held : Map.of("Budi\u2028Santoso", "input.lineBreak", "Budi\u200dSantoso", "input.invisible",
                "Budi\nSantoso", "input.lineBreak").entrySet()) {
            id.netra.support.Api.Response refused = api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/complete",
                    Map.of("hearings", List.of(Map.of("party", "REPORTED", "name", held.getKey(), "heldOn", today,
                            "summary", "Baris satu.\nBaris dua."))));
            assertThat(refused.status()).as(held.getKey()).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("hearings[0].name");
            assertThat(refused.json().path("errors").get(0).path("code").asText()).as(held.getKey()).isEqualTo(held.getValue());
        }

        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        officer.get("/tugas/" + task);
        Map<String, String> expected = Map.of("Budi\u2028Santoso", SEPARATORS_REPLACED, "Budi\u2029\u2029Santoso", SEPARATORS_REPLACED,
                "Budi\nSantoso", SEPARATORS_REPLACED, "Budi\u200d Santoso", REMOVED, "Bu\u200bdi Santoso", REMOVED);
        expected.forEach((typed, message) -> {
            form.put("hearings[0].name", typed);
            Pages.Page page = officer.postMultipart("/tugas/" + task, form);
            givenBack(page, "hearings-0-name", message);
            assertThat(page.attribute("hearings-0-name", "value")).as(typed).isEqualTo("Budi Santoso");
            assertThat(page.text("problems")).contains(message);
            assertThat(page.body()).contains("Baris satu.\nBaris dua.</textarea>");
            assertThat(driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION)).as("nothing decided").isEqualTo(task);
        });
        form.put("hearings[0].name", "Budi Santoso");
        Pages.Page again = officer.postMultipart("/tugas/" + task, form);
        assertThat(again.status()).as(again.body()).isEqualTo(302);
        assertThat(text("SELECT name || '|' || summary FROM case_hearing WHERE case_id = :p", f.caseId()))
                .isEqualTo("Budi Santoso|Baris satu.\nBaris dua.");
    }

    /**
     * The administration's forms hold one-line texts only: a name with a paragraph separator or a joiner pasted into it
     * comes back as it can be sent again, the error next to it, nothing created; sent again, the agency is created. The
     * API refuses the same name, saying what it holds.
     */
    @Test
    void anAdminFormsFieldComesBackAsOneLineSoItCanBeSentAgain() {
        String code = "PUSAT-SATUBARIS" + (System.nanoTime() % 100000);
        for (Map.Entry<String, String> held : Map.of("Badan\u2029Uji", "input.lineBreak", "Badan\u200dUji", "input.invisible").entrySet()) {
            id.netra.support.Api.Response refused = api.as("admin").post("/api/v1/admin/agencies",
                    Map.of("code", code, "name", held.getKey(), "ppkTitle", "Kepala"));
            assertThat(refused.status()).as(held.getKey()).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("code").asText()).as(held.getKey()).isEqualTo(held.getValue());
        }
        Pages admin = Pages.signedIn(port, "admin");
        admin.get("/admin/instansi");
        Pages.Page page = admin.post("/admin/instansi", "code", code, "name", "Badan\u2029Uji\u200d Halaman", "ppkTitle", "Kepala\nBadan",
                "regionCode", "");
        givenBack(page, "name", SEPARATORS_REPLACED);
        givenBack(page, "ppkTitle", SEPARATORS_REPLACED);
        assertThat(page.attribute("name", "value")).isEqualTo("Badan Uji Halaman");
        assertThat(page.attribute("ppkTitle", "value")).isEqualTo("Kepala Badan");
        assertThat(count("SELECT count(*) FROM agency WHERE code = :p", code)).as("nothing created").isZero();
        Pages.Page again = admin.post("/admin/instansi", "code", code, "name", page.attribute("name", "value"),
                "ppkTitle", page.attribute("ppkTitle", "value"), "regionCode", "");
        assertThat(again.status()).as(again.body()).isEqualTo(302);
        assertThat(text("SELECT name FROM agency WHERE code = :p", code)).isEqualTo("Badan Uji Halaman");
        // A joiner alone: left out, said as such.
        admin.get("/admin/kantor/36.04");
        Pages.Page office = admin.post("/admin/kantor/36.04", "name", "Bawaslu\u200b Kabupaten Serang");
        givenBack(office, "name", REMOVED);
        assertThat(office.attribute("name", "value")).isEqualTo("Bawaslu Kabupaten Serang");
    }
}
