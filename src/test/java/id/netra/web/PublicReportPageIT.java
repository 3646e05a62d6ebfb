package id.netra.web;

import id.netra.support.Pages;
import id.netra.intake.IntakeService;
import id.netra.intake.ReportRequest;
import id.netra.intake.WithdrawalRequest;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public report form ({@code /lapor}) judges everything at once: one submit shows every problem of the form — what
 * the form cannot read, the declared constraints and the service's checks — next to its field, in the page's
 * language; its inputs carry the limits the server checks, and the server still judges one character more.
 */
class PublicReportPageIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** The input's id on the page for a field's path: {@code reportedPersons[0].nip} → {@code reportedPersons-0-nip}. */
    static String id(String field) {
        return field.replace("[", "-").replace("]", "").replace('.', '-');
    }

    private Pages session(String lang) {
        Pages session = new Pages(port);
        assertThat(session.get("/lapor?lang=" + lang).status()).isEqualTo(200);
        return session;
    }

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void oneSubmitShowsEveryProblemOfTheFormNextToItsFieldInThePagesLanguage(String lang) {
        Map<String, String> form = Reports.pageForm();
        form.put("reporter.name", " ");                                  // declared: required
        form.put("reporter.nik", "3604013102850003");                    // the service: 31 February
        form.put("reportedPersons[0].nip", "19860926 1980 05 1 001");    // the service: appointed before birth
        form.put("incident.knownOn", "kemarin");                         // the form: not a date
        form.put("incident.regionCode", "99.99");                        // the form: no such region
        form.put("incident.description", "");                            // declared: required
        form.put("witnesses[0].contact", "k".repeat(ReportRequest.MAX_CONTACT + 1)); // declared: too long
        Map<String, String> expected = new LinkedHashMap<>();
        boolean en = lang.equals("en");
        expected.put("reporter.name", en ? "The reporter's name is required." : "Nama pelapor wajib diisi.");
        expected.put("reporter.nik", en ? "Digits 7-12 of the NIK must be a valid date of birth (DDMMYY, with 40 added to the day for women)."
                : "Digit 7-12 NIK harus tanggal lahir yang valid (DDMMYY, tanggal ditambah 40 untuk perempuan).");
        expected.put("reportedPersons[0].nip", en ? "The month of appointment in the NIP must be after the date of birth."
                : "Bulan pengangkatan pada NIP harus setelah tanggal lahir.");
        expected.put("incident.knownOn", en ? "Not a valid date (YYYY-MM-DD)." : "Tanggal tidak valid (YYYY-MM-DD).");
        expected.put("incident.regionCode", en ? "No such region: type the name of a regency, city or province, then choose it from the list."
                : "Wilayah tidak ditemukan: ketik nama kabupaten, kota, atau provinsi, lalu pilih dari daftar.");
        expected.put("incident.description", en ? "A description of the incident is required." : "Uraian kejadian wajib diisi.");
        expected.put("witnesses[0].contact", en ? "At most 200 characters." : "Paling panjang 200 karakter.");

        long before = cases();
        Pages.Page page = session(lang).post("/lapor", form);

        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"" + lang + "\"");
        expected.forEach((field, message) -> {
            assertThat(page.text(id(field) + "-error")).as(field).isEqualTo(message);
            assertThat(page.attribute(id(field), "aria-invalid")).as(field).isEqualTo("true");
        });
        // The summary names each problem once, linking to its input, in the form's order; nothing else is said.
        Matcher links = Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]*)</a></li>").matcher(page.body());
        Map<String, String> summary = new LinkedHashMap<>();
        while (links.find()) {
            summary.put(links.group(1), links.group(2).replace("&#39;", "'"));
        }
        // Each names its field by the input's label; a person's says whose it is (a witness's label says so itself).
        Map<String, String> labels = en ? Map.of("reporter.name", "Full name", "reporter.nik", "NIK",
                "reportedPersons[0].nip", "Reported person 1, NIP or PPPK number (optional)", "incident.knownOn", "Date you learned of it",
                "incident.regionCode", "Regency or city where it happened", "incident.description", "Description",
                "witnesses[0].contact", "Witness 1: contact")
                : Map.of("reporter.name", "Nama lengkap", "reporter.nik", "NIK",
                "reportedPersons[0].nip", "Terlapor 1, NIP atau nomor induk PPPK (tidak wajib)", "incident.knownOn", "Tanggal Anda mengetahuinya",
                "incident.regionCode", "Kabupaten atau kota tempat kejadian", "incident.description", "Uraian kejadian",
                "witnesses[0].contact", "Kontak saksi 1");
        Map<String, String> expectedSummary = new LinkedHashMap<>();
        expected.forEach((field, message) -> expectedSummary.put(id(field), labels.get(field) + ": " + message));
        assertThat(summary).containsExactlyEntriesOf(expectedSummary);
        // What was typed is kept (the election chosen too); nothing was filed.
        assertThat(page.attribute("reporter-address", "value")).isEqualTo(Reports.REPORTER_ADDRESS);
        assertThat(page.tag("electionType-PILKADA")).contains(" checked");
        assertThat(page.tag("electionType")).doesNotContain(" checked");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void theApiNamesEveryProblemAtOnceInTheAskedLanguage() {
        Map<String, Object> body = Reports.report("99.99", "PEMDA-36.04");
        @SuppressWarnings("unchecked")
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        incident.put("description", " ");
        @SuppressWarnings("unchecked")
        Map<String, Object> reported = (Map<String, Object>) body.get("reported");
        reported.put("nip", "198609261980051001");
        reported.put("position", "p".repeat(ReportRequest.MAX_POSITION + 1));

        Api.Response id = api.post("/api/v1/public/reports", body);
        assertThat(id.status()).as(id.body()).isEqualTo(400);
        assertThat(id.json().path("errors").findValuesAsText("field"))
                .containsExactly("reported.nip", "reported.position", "incident.regionCode", "incident.description");
        assertThat(id.json().path("errors").findValuesAsText("message")).containsExactly(
                "Bulan pengangkatan pada NIP harus setelah tanggal lahir.", "Paling panjang 200 karakter.",
                "Kode wilayah tidak dikenal (contoh: 36.04).", "Uraian kejadian wajib diisi.");
        assertThat(id.json().path("errors").findValuesAsText("code")).containsExactly("intake.nip.appointmentBeforeBirth",
                "intake.maxLength", "intake.incident.regionCode.unknown", "intake.incident.description.required");

        Api.Response en = api.post("/api/v1/public/reports", body, "Accept-Language", "en");
        assertThat(en.json().path("errors").findValuesAsText("message")).containsExactly(
                "The month of appointment in the NIP must be after the date of birth.", "At most 200 characters.",
                "Unknown region code (for example 36.04).", "A description of the incident is required.");
    }

    @Test
    void theFormsInputsCarryTheLimitsTheServerChecks() {
        Pages session = new Pages(port);
        Map<String, String> form = Reports.pageForm();
        form.put("action", "addWitness");
        Pages.Page page = session.post("/lapor", form);
        assertThat(page.status()).isEqualTo(200);

        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("reporter.name", ReportRequest.MAX_NAME);
        limits.put("reporter.address", ReportRequest.MAX_ADDRESS);
        limits.put("reporter.phone", ReportRequest.MAX_PHONE);
        limits.put("reporter.email", ReportRequest.MAX_EMAIL);
        limits.put("reportedPersons[0].name", ReportRequest.MAX_NAME);
        limits.put("reportedPersons[0].position", ReportRequest.MAX_POSITION);
        limits.put("incident.place", ReportRequest.MAX_PLACE);
        limits.put("incident.description", ReportRequest.MAX_DESCRIPTION);
        for (int row = 0; row < 2; row++) {
            limits.put("witnesses[" + row + "].name", ReportRequest.MAX_NAME);
            limits.put("witnesses[" + row + "].contact", ReportRequest.MAX_CONTACT);
        }
        limits.forEach((field, limit) -> assertThat(page.attribute(id(field), "maxlength")).as(field).isEqualTo(String.valueOf(limit)));

        // Every text a person types has its limit; the NIK and NIP are judged by their digits instead.
        Matcher inputs = Pattern.compile("<(input|textarea)\\b[^>]*>").matcher(page.body());
        List<String> unlimited = new java.util.ArrayList<>();
        while (inputs.find()) {
            String tag = inputs.group();
            boolean typed = tag.startsWith("<textarea") || tag.matches("(?s).*\\stype=\"(text|tel|email)\".*");
            if (typed && !tag.contains(" maxlength=\"")) {
                unlimited.add(tag.replaceAll("(?s).*\\sid=\"([^\"]+)\".*", "$1"));
            }
        }
        assertThat(unlimited).containsExactlyInAnyOrder("reporter-nik", "reportedPersons-0-nip");
        assertThat(page.attribute("reporter-nik", "pattern")).isEqualTo(" *([0-9] *){16}");
        assertThat(page.attribute("reporter-nik", "inputmode")).isEqualTo("numeric");
        assertThat(page.attribute("reportedPersons-0-nip", "pattern")).isEqualTo(" *([0-9] *){18}");

        String today = LocalDate.now(JAKARTA).toString();
        for (String date : List.of("incident-date", "incident-knownOn")) {
            assertThat(page.attribute(date, "max")).as(date).isEqualTo(today);
            assertThat(page.attribute(date, "min")).as(date).isEqualTo(IntakeService.EARLIEST_YEAR + "-01-01");
            assertThat(page.tag(date)).contains(" required");
        }
        for (String required : List.of("electionType", "reporter-name", "reporter-nik", "reporter-address", "reportedPersons-0-name",
                "reportedPersons-0-agencyCode", "incident-regionCode", "incident-place", "incident-description")) {
            assertThat(page.tag(required)).as(required).contains(" required");
        }
        for (String optional : List.of("reporter-phone", "reporter-email", "reportedPersons-0-nip", "reportedPersons-0-position",
                "witnesses-0-name", "witnesses-0-contact")) {
            assertThat(page.tag(optional)).as(optional).doesNotContain(" required");
        }

        Pages.Page status = session.get("/lapor/status");
        assertThat(status.attribute("trackingNumber", "maxlength")).isEqualTo(String.valueOf(IntakeService.MAX_TYPED));
        assertThat(status.attribute("accessCode", "maxlength")).isEqualTo(String.valueOf(IntakeService.MAX_TYPED));
    }

    @Test
    void anIncidentOfTodayInJakartaIsTakenAndOneOfTomorrowIsNot() {
        LocalDate today = LocalDate.now(JAKARTA);
        Map<String, String> form = Reports.pageForm();
        form.put("incident.date", today.toString());
        form.put("incident.knownOn", today.toString());
        Pages browser = new Pages(port);
        Pages.Page taken = browser.post("/lapor", form);
        assertThat(taken.status()).as(taken.text("problems")).isEqualTo(303);
        assertThat(browser.follow(taken).text("trackingNumber")).startsWith("LPR-");

        form.put("incident.date", today.plusDays(1).toString());
        form.put("incident.knownOn", today.plusDays(1).toString());
        Pages.Page refused = new Pages(port).post("/lapor", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("incident-date-error")).isEqualTo("Tanggal kejadian tidak boleh di masa depan.");
        assertThat(refused.text("incident-knownOn-error")).isEqualTo("Tanggal diketahui tidak boleh di masa depan.");
    }

    @Test
    void theReceiptAndTheStatusAreInEnglishWhenChosen() {
        Pages session = session("en");
        Pages.Page receipt = session.follow(session.post("/lapor", Reports.pageForm()));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.text("main")).contains("The access code cannot be recovered. This page shows it again when reloaded in this "
                + "browser, for at most 30 minutes after the report was sent: keep it now.");
        String tn = receipt.text("trackingNumber");
        String code = receipt.text("accessCode");
        Pages.Page file = session.post("/lapor/tanda-terima", "trackingNumber", tn, "accessCode", code);
        assertThat(file.body()).startsWith("Netra report\nTracking number: " + tn + "\nAccess code: " + code + "\nFiled: ");

        Pages.Page wrong = session.post("/lapor/status", "trackingNumber", tn, "accessCode", "AAAA-BBBB-CCCC");
        assertThat(wrong.text("accessCode-error")).isEqualTo("The tracking number or access code does not match.");
        Pages.Page empty = session.post("/lapor/status", "trackingNumber", "", "accessCode", "");
        assertThat(empty.text("trackingNumber-error")).isEqualTo("The tracking number is required.");
        assertThat(empty.text("accessCode-error")).isEqualTo("The access code is required.");
        Pages.Page status = session.follow(session.post("/lapor/status", "trackingNumber", tn, "accessCode", code));
        assertThat(status.text("statusLabel")).isEqualTo("Received");
    }

    /** A report found incomplete by the initial review: it awaits the reporter's completion. */
    private Filed awaitingCompletion() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of(
                "formalRequirementsMet", false, "materialRequirementsMet", true, "missingItems", "Tautan unggahan."));
        return f;
    }

    @Test
    void theStatusPagesFormsCarryTheirLimitsAndTheServerRefusesOneMoreByName() {
        Filed f = awaitingCompletion();
        Pages session = new Pages(port);
        Pages.Page status = session.follow(session.post("/lapor/status", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode()));
        assertThat(status.attribute("statement", "maxlength")).isEqualTo(String.valueOf(ReportRequest.MAX_DESCRIPTION));
        assertThat(status.attribute("place", "maxlength")).isEqualTo(String.valueOf(ReportRequest.MAX_PLACE));
        assertThat(status.attribute("reason", "maxlength")).isEqualTo(String.valueOf(WithdrawalRequest.MAX_REASON));

        Pages.Page tooLong = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "complete", "statement", "s".repeat(ReportRequest.MAX_DESCRIPTION + 1),
                "place", "p".repeat(ReportRequest.MAX_PLACE + 1));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("statement-error")).isEqualTo("Paling panjang 20.000 karakter.");
        assertThat(tooLong.text("place-error")).isEqualTo("Paling panjang 300 karakter.");
        Pages.Page reasonTooLong = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "withdraw", "reason", "r".repeat(WithdrawalRequest.MAX_REASON + 1));
        assertThat(reasonTooLong.status()).isEqualTo(400);
        assertThat(reasonTooLong.text("reason-error")).isEqualTo("Paling panjang 2.000 karakter.");
        Api.Response apiTooLong = api.post("/api/v1/public/reports/" + f.trackingNumber() + "/completion",
                Map.of("statement", "s".repeat(ReportRequest.MAX_DESCRIPTION + 1)), "X-Access-Code", f.accessCode(), "Accept-Language", "en");
        assertThat(apiTooLong.status()).isEqualTo(400);
        assertThat(apiTooLong.json().path("errors").findValuesAsText("field")).containsExactly("statement");
        assertThat(apiTooLong.json().path("errors").findValuesAsText("message")).containsExactly("At most 20,000 characters.");
        assertThat(driver.status(f.caseId())).isEqualTo("AWAITING_COMPLETION");

        Pages.Page completed = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "complete", "statement", "s".repeat(ReportRequest.MAX_DESCRIPTION),
                "place", "p".repeat(ReportRequest.MAX_PLACE));
        assertThat(completed.status()).as(completed.text("main")).isEqualTo(303);
        assertThat(session.follow(completed).text("main")).contains("Kelengkapan laporan sudah diterima");
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");

        // Completed already: said in the page's language, next to the action.
        Pages english = session("en");
        Pages.Page again = english.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "complete", "statement", "Lagi.");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("action-error")).isEqualTo("This report is not awaiting completion (status: Received).");
        Pages.Page withdrawn = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "withdraw", "reason", "r".repeat(WithdrawalRequest.MAX_REASON), "confirm", "true");
        assertThat(withdrawn.status()).isEqualTo(303);
        assertThat(driver.status(f.caseId())).isEqualTo("WITHDRAWN");

        // A tracking number longer than any is no one's: refused as not matching, next to the code.
        Pages.Page unknown = session.post("/lapor/status", "trackingNumber", "L".repeat(IntakeService.MAX_TYPED + 1),
                "accessCode", f.accessCode());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("accessCode-error")).isEqualTo("Nomor pelacakan atau kode akses tidak cocok.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"agencyCode", "name"})
    void anInvalidNipIsSaidEvenWhileThePersonsNameOrAgencyIsMissing(String missing) {
        Map<String, String> form = Reports.pageForm();
        form.put("reportedPersons[0]." + missing, "");
        form.put("reportedPersons[0].nip", "19860926 1980 05 1 001");   // appointed before birth
        Pages.Page page = new Pages(port).post("/lapor", form);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("reportedPersons-0-nip-error")).isEqualTo("Bulan pengangkatan pada NIP harus setelah tanggal lahir.");
        assertThat(page.text("reportedPersons-0-" + missing + "-error"))
                .isEqualTo(missing.equals("name") ? "Nama ASN terlapor wajib diisi." : "Instansi ASN terlapor wajib diisi.");
        assertThat(page.attribute("reportedPersons-0-nip", "aria-invalid")).isEqualTo("true");

        // The API says both as well.
        Map<String, Object> person = new LinkedHashMap<>(Map.of("name", "Budi Santoso", "nip", "198609261980051001",
                "agencyCode", "PEMDA-36.04"));
        person.remove(missing);
        Api.Response api = this.api.post("/api/v1/public/reports", Reports.naming(Reports.report("36.04", "PEMDA-36.04"),
                new java.util.ArrayList<>(List.of(person))));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("reportedPersons[0].nip",
                "reportedPersons[0]." + missing);
    }

    /**
     * The list offers each region by its name with its province, and beside it its short name with its code ("Kab.
     * Serang · 36.04"), so that "Serang" finds the regency and the city told apart and "Kab. Serang" finds the regency;
     * what is typed is read in any case, spacing and punctuation, "Kab." for "Kabupaten" (RegionTypingProperties); a
     * bare name that two regions share is refused naming both, to choose between.
     */
    @Test
    void theRegionIsTypedAndFoundByAnyPartOfItsNameOrItsProvincesName() {
        Pages.Page form = new Pages(port).get("/lapor");
        assertThat(form.tag("incident-regionCode")).startsWith("<input").contains(" list=\"regions\"").contains(" required")
                .contains(" autocomplete=\"off\"");
        assertThat(form.attribute("incident-regionCode", "maxlength")).isEqualTo("250");
        List<String> offered = new java.util.ArrayList<>();
        List<String> hints = new java.util.ArrayList<>();
        Matcher options = Pattern.compile("<option value=\"([^\"]+)\" label=\"([^\"]+)\"></option>").matcher(
                form.body().substring(form.body().indexOf("<datalist id=\"regions\">")));
        while (options.find()) {
            offered.add(options.group(1));
            hints.add(options.group(2));
        }
        assertThat(hints).contains("Kab. Serang · 36.04", "Kota Serang · 36.73", "Banten · 36").hasSameSizeAs(offered);
        assertThat(hints.get(offered.indexOf("Kabupaten Serang, Banten"))).isEqualTo("Kab. Serang · 36.04");
        assertThat(offered).hasSize(jdbc.sql("SELECT count(*) FROM region").query(Integer.class).single())
                .contains("Banten", "Kabupaten Serang, Banten", "Kota Serang, Banten", "Daerah Khusus Ibukota Jakarta",
                        "Kota Administrasi Jakarta Selatan, Daerah Khusus Ibukota Jakarta")
                .doesNotHaveDuplicates();
        assertThat(offered.indexOf("Banten")).as("a province before its regencies").isEqualTo(offered.indexOf("Kabupaten Lebak, Banten") - 1);

        // A name, a label from the list, a code: in any case and spacing. The region filed is the one named.
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("  kabupaten   SERANG ", "36.04");
        typed.put("Kota Serang, Banten", "36.73");
        typed.put("36.04", "36.04");
        typed.put("banten", "36");
        typed.put("Kab. Serang", "36.04");
        typed.put("kab serang, banten", "36.04");
        typed.put("KOTA SERANG", "36.73");
        typed.put("Pandeglang", "36.01");
        typed.forEach((text, code) -> {
            Map<String, String> report = Reports.pageForm();
            report.put("incident.regionCode", text);
            Pages browser = new Pages(port);
            Pages.Page receipt = browser.follow(browser.post("/lapor", report));
            assertThat(receipt.status()).as(text).isEqualTo(200);
            assertThat(jdbc.sql("SELECT region_code FROM case_file WHERE tracking_number = :tn").param("tn", receipt.text("trackingNumber"))
                    .query(String.class).single()).as(text).isEqualTo(code);
        });

        // What names no region, or not one alone, is refused next to the input, kept as typed.
        for (String text : List.of("Kabupaten Serang, Jawa Barat", "x".repeat(251))) {
            Map<String, String> report = Reports.pageForm();
            report.put("incident.regionCode", text);
            Pages.Page refused = new Pages(port).post("/lapor", report);
            assertThat(refused.status()).as(text).isEqualTo(400);
            assertThat(refused.text("incident-regionCode-error")).as(text)
                    .isEqualTo("Wilayah tidak ditemukan: ketik nama kabupaten, kota, atau provinsi, lalu pilih dari daftar.");
            assertThat(refused.attribute("incident-regionCode", "value")).isEqualTo(text);
            assertThat(refused.body().split("<li><a href=\"#", -1)).as("one problem only").hasSize(2);
        }
        for (String text : List.of("Serang", " serang, BANTEN ")) {
            Map<String, String> report = Reports.pageForm();
            report.put("incident.regionCode", text);
            Pages.Page refused = new Pages(port).post("/lapor", report);
            assertThat(refused.status()).as(text).isEqualTo(400);
            assertThat(refused.text("incident-regionCode-error")).as(text).isEqualTo("Ada lebih dari satu wilayah dengan nama itu: "
                    + "Kabupaten Serang, Banten; Kota Serang, Banten. Pilih salah satu dari daftar.");
            assertThat(refused.attribute("incident-regionCode", "value")).isEqualTo(text.strip());
        }
        Map<String, String> empty = Reports.pageForm();
        empty.put("incident.regionCode", " ");
        assertThat(new Pages(port).post("/lapor", empty).text("incident-regionCode-error")).isEqualTo("Wilayah kejadian wajib diisi.");
    }

    /** The error summary's entries, in its order: the id each links to, and its text. */
    private static Map<String, String> summary(Pages.Page page) {
        Matcher links = Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]*)</a></li>").matcher(page.body());
        Map<String, String> summary = new LinkedHashMap<>();
        while (links.find()) {
            summary.put(links.group(1), links.group(2).replace("&#39;", "'"));
        }
        return summary;
    }

    /**
     * The summary speaks the form's words, not the API's: each entry names its input by its label, the election's types
     * by their labels, each person's errors by whose they are ("Terlapor 2, Nama: ..."), and in the order the form shows
     * its fields (the region before the place).
     */
    @Test
    void theErrorSummarySaysWhosePersonAndFollowsTheForm() {
        Map<String, String> form = Reports.pageForm();
        form.put("electionType", "");
        form.put("reportedPersons[1].name", "");
        form.put("reportedPersons[1].agencyCode", "PEMDA-36.04");
        form.put("reportedPersons[2].name", " ");
        form.put("reportedPersons[2].agencyCode", "");
        form.put("incident.regionCode", "");
        form.put("incident.place", "");
        Pages.Page page = new Pages(port).post("/lapor", form);
        assertThat(page.status()).isEqualTo(400);
        Map<String, String> summary = summary(page);
        assertThat(summary).containsExactly(
                Map.entry("electionType", "Jenis pemilihan: Pilih jenis pemilihan: Pemilu (pemilihan umum) atau Pilkada (pemilihan kepala daerah)."),
                Map.entry("reportedPersons-1-name", "Terlapor 2, Nama: Nama ASN terlapor wajib diisi."),
                Map.entry("reportedPersons-2-name", "Terlapor 3, Nama: Nama ASN terlapor wajib diisi."),
                Map.entry("reportedPersons-2-agencyCode", "Terlapor 3, Instansi: Instansi ASN terlapor wajib diisi."),
                Map.entry("incident-regionCode", "Kabupaten atau kota tempat kejadian: Wilayah kejadian wajib diisi."),
                Map.entry("incident-place", "Tempat kejadian: Tempat kejadian wajib diisi."));
        // Next to the field, the error needs no name: it stands under the input's label, in the person's own section.
        assertThat(page.text("reportedPersons-1-name-error")).isEqualTo("Nama ASN terlapor wajib diisi.");
        assertThat("Jenis pemilihan: " + page.text("electionType-error")).isEqualTo(summary.get("electionType"));
        // Whatever the errors, the summary lists them in the order of the inputs on the page.
        List<Integer> where = summary.keySet().stream().map(id -> page.body().indexOf("id=\"" + id + "\"")).toList();
        assertThat(where).doesNotContain(-1).isSorted();
        Pages english = session("en");
        Map<String, String> englishSummary = summary(english.post("/lapor", form));
        assertThat(englishSummary.get("electionType")).isEqualTo(
                "Kind of election: Choose the type of election: Pemilu (general election) or Pilkada (regional head election).");
        assertThat(englishSummary.get("reportedPersons-1-name")).isEqualTo("Reported person 2, Name: The reported civil servant's name is required.");
    }

    /**
     * At the most persons (50) the form offers no button for one more; pressed anyway (a page from before, a crafted
     * post), the form comes back as it was, with the one error that 50 is the most, not the whole form judged. The same
     * for the witnesses (20).
     */
    @Test
    void atTheMostPersonsTheFormOffersNoMoreAndSaysSoOnce() {
        Map<String, String> form = Reports.pageForm();
        for (int i = 0; i < id.netra.casefile.CasePersons.MAX_PERSONS; i++) {
            form.put("reportedPersons[" + i + "].name", i == 0 ? "Budi Santoso" : "");
        }
        Pages session = new Pages(port);
        session.get("/lapor");
        form.put("action", "addWitness");
        Pages.Page full = session.post("/lapor", form);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body()).as("no button for a 51st person").doesNotContain("value=\"addPerson\"");
        assertThat(full.text("reportedPersons-full")).isEqualTo("Laporan ini sudah menyebut 50 terlapor, jumlah paling banyak.");
        assertThat(full.body()).contains("value=\"addWitness\"");

        form.put("action", "addPerson");
        Pages.Page pressed = session.post("/lapor", form);
        assertThat(pressed.status()).isEqualTo(400);
        // The summary names the section (its legend), next to which the error stands.
        assertThat(summary(pressed)).containsExactly(Map.entry("reportedPersons", "ASN terlapor: Paling banyak 50 ASN terlapor dalam satu laporan."));
        assertThat(pressed.text("reportedPersons")).isEqualTo("Paling banyak 50 ASN terlapor dalam satu laporan.");
        assertThat(pressed.body()).contains("id=\"reportedPersons-49-name\"").doesNotContain("id=\"reportedPersons-50-name\"")
                .doesNotContain("-error\"");
        assertThat(pressed.attribute("reportedPersons-0-name", "value")).isEqualTo("Budi Santoso");

        Map<String, String> witnesses = Reports.pageForm();
        for (int i = 0; i < ReportRequest.MAX_WITNESSES; i++) {
            witnesses.put("witnesses[" + i + "].name", "Saksi " + i);
        }
        witnesses.put("action", "addWitness");
        Pages.Page tooMany = session.post("/lapor", witnesses);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(summary(tooMany)).containsExactly(Map.entry("witnesses", "Saksi (tidak wajib): Paling banyak 20 saksi."));
        assertThat(tooMany.body()).doesNotContain("value=\"addWitness\"").contains("id=\"witnesses-full\"");
    }

    /** The agency is typed by its name as people say it, or its code; a text that names no agency is refused beside the field. */
    @Test
    void theAgencyIsTypedByItsNameAndFoundWhateverTheSpelling() {
        for (String[] typed : new String[][]{{"Kab. Serang", "PEMDA-36.04"}, {"pemerintah  KOTA serang", "PEMDA-36.73"},
                {"pemda-36.01", "PEMDA-36.01"}}) {
            Map<String, String> form = Reports.pageForm();
            form.put("reportedPersons[0].name", "Pegawai Ketik " + typed[1]);
            form.put("reportedPersons[0].nip", "");
            form.put("reportedPersons[0].agencyCode", typed[0]);
            Pages session = session("id");
            Pages.Page receipt = session.post("/lapor", form);
            assertThat(receipt.status()).as(typed[0] + receipt.body()).isEqualTo(303);
            assertThat(jdbc.sql("SELECT agency_code FROM case_person WHERE name = :n")
                    .param("n", "Pegawai Ketik " + typed[1]).query(String.class).single()).as(typed[0]).isEqualTo(typed[1]);
        }
        Map<String, String> form = Reports.pageForm();
        form.put("reportedPersons[0].agencyCode", "Pemerintah Kabupaten Entah Berantah");
        long before = cases();
        Pages.Page refused = session("id").post("/lapor", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("reportedPersons-0-agencyCode-error")).startsWith("Instansi tidak ditemukan");
        assertThat(refused.attribute("reportedPersons-0-agencyCode", "value")).isEqualTo("Pemerintah Kabupaten Entah Berantah");
        assertThat(cases()).isEqualTo(before);
    }
}
