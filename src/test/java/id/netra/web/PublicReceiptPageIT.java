package id.netra.web;

import id.netra.support.Pages;
import id.netra.intake.ReceiptInSession;
import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report form's post, redirect, get: a report filed is answered 303 to its receipt, which this browser's session
 * keeps for 30 minutes, so a reload shows it again and files nothing; the form's one-time token files one report
 * however often, and however fast, the form is sent; no other browser sees the receipt. The API is unchanged.
 */
class PublicReceiptPageIT extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"");
    private static final String RECEIPT = "/lapor/tanda-terima";

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
    }

    /** A browser at the report form: its session started, the form's token read. */
    private record Browser(Pages session, String token) {
    }

    private Browser atTheForm() {
        Pages session = new Pages(port);
        Pages.Page form = session.get("/lapor");
        assertThat(form.status()).isEqualTo(200);
        assertThat(session.cookie("JSESSIONID")).as("the session starts with the form").isNotNull();
        return new Browser(session, token(form));
    }

    private static String token(Pages.Page page) {
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    private static Map<String, String> form(String token) {
        Map<String, String> form = Reports.pageForm();
        form.put("submissionToken", token);
        return form;
    }

    private static String path(Pages.Page redirect) {
        return java.net.URI.create(redirect.location()).getRawPath()
                + (java.net.URI.create(redirect.location()).getRawQuery() == null ? "" : "?" + java.net.URI.create(redirect.location()).getRawQuery());
    }

    @Test
    void aReportFiledIsAnsweredWithARedirectToItsReceiptWhichAReloadShowsAgainFilingNothing() {
        Browser browser = atTheForm();
        long before = cases();
        Pages.Page sent = browser.session().post("/lapor", form(browser.token()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        assertThat(path(sent)).isEqualTo(RECEIPT);
        assertThat(cases()).isEqualTo(before + 1);

        Pages.Page receipt = browser.session().follow(sent);
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.header("Cache-Control")).contains("no-store");
        String tn = receipt.text("trackingNumber");
        String code = receipt.text("accessCode");
        assertThat(tn).startsWith("LPR-");
        assertThat(receipt.body()).contains("paling lama 30 menit").doesNotContain("id=\"sentAlready\"");

        for (int reload = 0; reload < 2; reload++) {
            Pages.Page again = browser.session().get(RECEIPT);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text("trackingNumber")).isEqualTo(tn);
            assertThat(again.text("accessCode")).isEqualTo(code);
        }
        assertThat(cases()).isEqualTo(before + 1);
        // The receipt's link to the status page fills in its tracking number (never the access code, typed again).
        String follow = receipt.attribute("follow", "href");
        assertThat(follow).isEqualTo("/lapor/status?nomor=" + tn).doesNotContain(code);
        Pages.Page statusForm = browser.session().get(follow);
        assertThat(statusForm.attribute("trackingNumber", "value")).isEqualTo(tn);
        assertThat(statusForm.attribute("accessCode", "value")).isNullOrEmpty();
        assertThat(browser.session().get("/lapor/status?nomor=%3Cscript%3E").attribute("trackingNumber", "value"))
                .as("not a tracking number: not filled in").isNullOrEmpty();
        // The numbers are the report's: the status page takes them, and the receipt is still saved as a file.
        assertThat(browser.session().follow(browser.session().post("/lapor/status", "trackingNumber", tn, "accessCode", code))
                .text("statusLabel")).isEqualTo("Diterima");
        Pages.Page file = browser.session().post(RECEIPT, "trackingNumber", tn, "accessCode", code);
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"laporan-netra-" + tn + ".txt\"");
        assertThat(file.body()).startsWith("Laporan Netra\nNomor pelacakan: " + tn + "\nKode akses: " + code + "\n");
        assertThat(jdbc.sql("SELECT count(*) FROM report_submission r JOIN case_file c ON c.id = r.case_id "
                + "WHERE r.token = :t AND c.tracking_number = :tn").param("t", browser.token()).param("tn", tn).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void theSameFormSentAgainFilesNothingAndShowsTheFirstReceiptEvenWhenChangedMeanwhile() {
        Browser browser = atTheForm();
        long before = cases();
        String tn = browser.session().follow(browser.session().post("/lapor", form(browser.token()))).text("trackingNumber");

        Map<String, String> changed = form(browser.token());
        changed.put("incident.description", "Dikirim lagi dengan tombol kembali, diubah sedikit.");
        Pages.Page again = browser.session().post("/lapor", changed);
        assertThat(again.status()).isEqualTo(303);
        assertThat(path(again)).isEqualTo(RECEIPT + "?info=terkirim");
        Pages.Page receipt = browser.session().follow(again);
        assertThat(receipt.text("trackingNumber")).isEqualTo(tn);
        assertThat(receipt.text("sentAlready")).isEqualTo("Formulir ini sudah dikirim sebelumnya; laporan tidak dikirim dua kali. Ini tanda terimanya.");
        assertThat(cases()).isEqualTo(before + 1);

        // A new form is a new token: it files a new report, whose receipt replaces the first.
        Pages.Page next = browser.session().get("/lapor");
        assertThat(token(next)).isNotEqualTo(browser.token());
        String second = browser.session().follow(browser.session().post("/lapor", form(token(next)))).text("trackingNumber");
        assertThat(second).isNotEqualTo(tn);
        assertThat(cases()).isEqualTo(before + 2);
    }

    /** A double click: the same form twice at once, in one session. One report; both answers lead to its receipt. */
    @RepeatedTest(3)
    void theSameFormSentTwiceAtOnceFilesOneReport() {
        Browser browser = atTheForm();
        long before = cases();
        List<CompletableFuture<Pages.Page>> sent = List.of(
                CompletableFuture.supplyAsync(() -> browser.session().post("/lapor", form(browser.token()))),
                CompletableFuture.supplyAsync(() -> browser.session().post("/lapor", form(browser.token()))));
        List<Pages.Page> answers = sent.stream().map(CompletableFuture::join).toList();
        assertThat(cases()).isEqualTo(before + 1);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(303));
        assertThat(answers.stream().map(PublicReceiptPageIT::path).toList()).containsExactlyInAnyOrder(RECEIPT, RECEIPT + "?info=terkirim");
        String tn = jdbc.sql("SELECT c.tracking_number FROM report_submission r JOIN case_file c ON c.id = r.case_id WHERE r.token = :t")
                .param("t", browser.token()).query(String.class).single();
        for (Pages.Page answer : answers) {
            assertThat(browser.session().follow(answer).text("trackingNumber")).isEqualTo(tn);
        }
    }

    @Test
    void aRefusedFormKeepsItsTokenAndFilesOnceWhenCorrected() {
        Browser browser = atTheForm();
        long before = cases();
        Map<String, String> form = form(browser.token());
        form.put("incident.description", "");
        Pages.Page refused = browser.session().post("/lapor", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(token(refused)).as("the form keeps its token").isEqualTo(browser.token());
        // Rows added and removed keep it too.
        form.put("action", "addWitness");
        assertThat(token(browser.session().post("/lapor", form))).isEqualTo(browser.token());
        assertThat(cases()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM report_submission WHERE token = :t").param("t", browser.token())
                .query(Long.class).single()).as("a refused report takes no token").isZero();

        Map<String, String> corrected = form(browser.token());
        Pages.Page sent = browser.session().post("/lapor", corrected);
        assertThat(sent.status()).isEqualTo(303);
        assertThat(path(sent)).isEqualTo(RECEIPT);
        assertThat(browser.session().post("/lapor", corrected).status()).isEqualTo(303);
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void aFormWithoutTokenOrWithOneNotOursStillFilesOnceAndGetsAToken() {
        Browser browser = atTheForm();
        long before = cases();
        Map<String, String> form = Reports.pageForm();
        form.put("submissionToken", "' OR 1=1 --");
        form.put("incident.description", "");
        Pages.Page refused = browser.session().post("/lapor", form);
        String issued = token(refused);
        assertThat(issued).matches("[2-9A-HJ-NP-Z]{24}");
        Pages.Page sent = browser.session().post("/lapor", Reports.pageForm());
        assertThat(sent.status()).isEqualTo(303);
        assertThat(browser.session().follow(sent).text("trackingNumber")).startsWith("LPR-");
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void anotherBrowserNeitherSeesTheReceiptNorFilesTheFormAgain() {
        Browser reporter = atTheForm();
        String tn = reporter.session().follow(reporter.session().post("/lapor", form(reporter.token()))).text("trackingNumber");
        long before = cases();

        Browser other = atTheForm();
        Pages.Page receipt = other.session().get(RECEIPT);
        assertThat(receipt.status()).isEqualTo(303);
        assertThat(path(receipt)).isEqualTo("/lapor/status?info=tanda-terima");
        Pages.Page status = other.session().follow(receipt);
        assertThat(status.text("info")).isEqualTo("Tanda terima hanya ditampilkan di peramban tempat laporan dikirim, paling lama 30 menit. "
                + "Ikuti laporan Anda dengan nomor pelacakan dan kode akses yang sudah Anda simpan.");
        assertThat(status.body()).doesNotContain(tn);

        // The reporter's form sent from another browser (its token copied): nothing filed, nothing shown.
        Pages.Page copied = other.session().post("/lapor", form(reporter.token()));
        assertThat(copied.status()).isEqualTo(303);
        assertThat(path(copied)).isEqualTo("/lapor/status?info=terkirim");
        Pages.Page said = other.session().follow(copied);
        assertThat(said.text("info")).startsWith("Laporan dari formulir ini sudah dikirim dan tidak dikirim lagi.");
        assertThat(said.body()).doesNotContain(tn);
        assertThat(other.session().get(RECEIPT).status()).isEqualTo(303);
        assertThat(cases()).isEqualTo(before);

        // A browser with no session at all: sent to the status page, and no session is made for it.
        Pages stranger = new Pages(port);
        Pages.Page none = stranger.get(RECEIPT);
        assertThat(none.status()).isEqualTo(303);
        assertThat(none.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(stranger.follow(none).header("Set-Cookie")).isNull();
    }

    @Test
    void theReceiptIsShownForThirtyMinutesAfterFilingAndThenNoMore() throws Exception {
        Browser browser = atTheForm();
        String tn = browser.session().follow(browser.session().post("/lapor", form(browser.token()))).text("trackingNumber");
        long before = cases();

        filedAgo(browser.session(), ReceiptInSession.LIFETIME.minusMinutes(1));
        assertThat(browser.session().get(RECEIPT).text("trackingNumber")).as("at 29 minutes").isEqualTo(tn);

        filedAgo(browser.session(), ReceiptInSession.LIFETIME.plusSeconds(1));
        Pages.Page gone = browser.session().get(RECEIPT);
        assertThat(gone.status()).as("after 30 minutes").isEqualTo(303);
        assertThat(path(gone)).isEqualTo("/lapor/status?info=tanda-terima");
        assertThat(browser.session().follow(gone).body()).doesNotContain(tn);
        assertThat(kept(browser.session())).as("the access code is dropped from the session").isNull();

        // The old form sent again after that: still nothing filed, and the receipt is not shown again.
        Pages.Page again = browser.session().post("/lapor", form(browser.token()));
        assertThat(path(again)).isEqualTo("/lapor/status?info=terkirim");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void theApiFilesAsBeforeWithoutASession() {
        long before = cases();
        long tokens = jdbc.sql("SELECT count(*) FROM report_submission").query(Long.class).single();
        Api.Response filed = api.post("/api/v1/public/reports", Reports.report("36.04", "PEMDA-36.04"));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.json().path("trackingNumber").asText()).startsWith("LPR-");
        assertThat(filed.json().path("accessCode").asText()).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        // Where the report's status is read: Location, with the access code.
        String location = filed.header("Location");
        assertThat(location).isEqualTo("/api/v1/public/reports/" + filed.json().path("trackingNumber").asText());
        assertThat(api.get(location, "X-Access-Code", filed.json().path("accessCode").asText()).status()).isEqualTo(200);
        assertThat(filed.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(cases()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM report_submission").query(Long.class).single()).isEqualTo(tokens);
    }

    /** The session row of this browser (Spring Session keeps the id base64-encoded in the cookie). */
    /**
     * The receipt saved as a file holds what the reporter needs later: the tracking number and access code, when the
     * report was filed (Asia/Jakarta), the Bawaslu office it went to, and the address where to follow it; in the page's
     * language. Numbers that are not the report's give no file.
     */
    @Test
    void theSavedReceiptSaysWhenTheReportWasFiledWhereItWentAndWhereToFollowIt() {
        for (String lang : List.of("id", "en")) {
            Pages session = new Pages(port);
            Browser browser = new Browser(session, token(session.get("/lapor?lang=" + lang)));
            Pages.Page receipt = browser.session().follow(browser.session().post("/lapor", form(browser.token())));
            String tn = receipt.text("trackingNumber");
            String code = receipt.text("accessCode");
            Pages.Page file = browser.session().post(RECEIPT, "trackingNumber", tn, "accessCode", code);
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"laporan-netra-" + tn + ".txt\"");
            java.time.Instant filed = jdbc.sql("SELECT created_at FROM case_file WHERE tracking_number = :tn").param("tn", tn)
                    .query(java.sql.Timestamp.class).single().toInstant();
            String at = java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", java.util.Locale.forLanguageTag(lang))
                    .format(filed.atZone(java.time.ZoneId.of("Asia/Jakarta"))) + " WIB";
            String status = "http://localhost:" + port + "/lapor/status";
            assertThat(file.body()).isEqualTo(lang.equals("id")
                    ? "Laporan Netra\nNomor pelacakan: " + tn + "\nKode akses: " + code + "\nDikirim: " + at
                    + "\nDitangani: Bawaslu Kabupaten Serang (kode 36.04)\nIkuti status laporan di " + status
                    + " dengan nomor pelacakan dan kode akses di atas.\nKode akses tidak dapat dipulihkan: simpan berkas ini baik-baik.\n"
                    : "Netra report\nTracking number: " + tn + "\nAccess code: " + code + "\nFiled: " + at
                    + "\nHandled by: Bawaslu Kabupaten Serang (code 36.04)\nFollow the report at " + status
                    + " with the tracking number and access code above.\nThe access code cannot be recovered: keep this file safe.\n");
            // The numbers changed on the way: no file, the status page.
            Pages.Page wrong = browser.session().post(RECEIPT, "trackingNumber", tn, "accessCode", "AAAA-BBBB-CCCC");
            assertThat(wrong.status()).isEqualTo(303);
            assertThat(path(wrong)).isEqualTo("/lapor/status?info=tanda-terima");
            assertThat(wrong.body()).doesNotContain(tn);
        }
    }

    private String sessionRow(Pages browser) {
        String id = new String(Base64.getDecoder().decode(browser.cookie("JSESSIONID")), StandardCharsets.US_ASCII);
        return jdbc.sql("SELECT primary_id FROM spring_session WHERE session_id = :id").param("id", id).query(String.class).single();
    }

    private ReceiptInSession.Kept kept(Pages browser) throws IOException, ClassNotFoundException {
        List<byte[]> bytes = jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes WHERE session_primary_id = :p AND attribute_name = :n")
                .param("p", sessionRow(browser)).param("n", ReceiptInSession.ATTRIBUTE).query(byte[].class).list();
        if (bytes.isEmpty()) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.get(0)))) {
            return (ReceiptInSession.Kept) in.readObject();
        }
    }

    /** Sets the time the receipt this browser's session keeps was filed to {@code ago} before now. */
    private void filedAgo(Pages browser, Duration ago) throws IOException, ClassNotFoundException {
        ReceiptInSession.Kept kept = kept(browser);
        ReceiptInSession.Kept older = new ReceiptInSession.Kept(kept.submissionToken(), kept.trackingNumber(), kept.accessCode(),
                java.time.Instant.now().minus(ago));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(older);
        }
        assertThat(jdbc.sql("UPDATE spring_session_attributes SET attribute_bytes = :b WHERE session_primary_id = :p AND attribute_name = :n")
                .param("b", bytes.toByteArray()).param("p", sessionRow(browser)).param("n", ReceiptInSession.ATTRIBUTE).update()).isEqualTo(1);
    }
}
