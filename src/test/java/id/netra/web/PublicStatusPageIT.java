package id.netra.web;

import id.netra.support.Pages;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status page takes the tracking number and access code however the reporter types them back, and withdraws a
 * report only when the reporter ticked that they are sure; {@code /status}, a natural guess, leads to it.
 */
class PublicStatusPageIT extends IntegrationTest {

    @Test
    void lowerCaseAndUndashedCodesFindTheReportAndAWrongOneDoesNot() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        Pages reporter = new Pages(port);
        Pages.Page found = reporter.follow(reporter.post("/lapor/status", "trackingNumber", " "
                + f.trackingNumber().toLowerCase(Locale.ROOT) + " ", "accessCode", f.accessCode().replace("-", "").toLowerCase(Locale.ROOT)));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains(f.trackingNumber()).contains("Diterima");
        String wrong = f.accessCode().substring(0, 13) + (f.accessCode().endsWith("2") ? "3" : "2");
        Api.Response refused = status(f.trackingNumber(), wrong);
        assertThat(refused.body()).doesNotContain("Riwayat").contains("accessCode-error");
    }

    /**
     * The tracking number spelt with spaces for its dashes, without separators or in lower case finds the report, and
     * comes back as issued; one that is no tracking number comes back as typed (upper case), said as not matching.
     */
    @Test
    void aTrackingNumberSpeltWithSpacesOrWithoutSeparatorsFindsTheReport() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String issued = f.trackingNumber();
        for (String typed : new String[]{" " + issued.replace("-", " ") + " ", issued.replace("-", ""),
                issued.toLowerCase(Locale.ROOT).replace("-", " - "), issued.replace("-", "\u2013")}) {
            Pages reporter = new Pages(port);
            Pages.Page found = reporter.follow(reporter.post("/lapor/status", "trackingNumber", typed, "accessCode", f.accessCode()));
            assertThat(found.status()).as(typed).isEqualTo(200);
            assertThat(found.body()).as(typed).contains(issued, "Diterima");
            assertThat(api.get("/api/v1/public/reports/" + URLEncoder.encode(typed.strip(), StandardCharsets.UTF_8).replace("+", "%20"),
                    "X-Access-Code", f.accessCode()).status()).as("API " + typed).isEqualTo(200);
        }
        Pages reporter = new Pages(port);
        Pages.Page refused = reporter.post("/lapor/status", "trackingNumber", " lpr 2026 abc ", "accessCode", f.accessCode());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.attribute("trackingNumber", "value")).isEqualTo("LPR 2026 ABC");
        assertThat(refused.text("accessCode-error")).isEqualTo("Nomor pelacakan atau kode akses tidak cocok.");
    }

    /** A report of Kabupaten Pandeglang found incomplete: it awaits its reporter's completion. */
    private Filed awaitingCompletion() {
        Filed f = driver.fileReport(Reports.report("36.01", "PEMDA-36.01"));
        driver.complete("bawaslu.pandeglang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW, java.util.Map.of(
                "formalRequirementsMet", false, "materialRequirementsMet", true, "missingItems", "Fotokopi KTP pelapor."));
        return f;
    }

    /** The page names the report it shows and the office handling it, and says its times in WIB, in either language. */
    @Test
    void theStatusNamesTheReportAndItsOfficeAndTimesInWib() {
        Filed f = awaitingCompletion();
        Pages reporter = new Pages(port);
        Pages.Page shown = reporter.follow(reporter.post("/lapor/status", "trackingNumber", f.trackingNumber().toLowerCase(Locale.ROOT),
                "accessCode", f.accessCode()));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text("shown-tracking-number")).isEqualTo(f.trackingNumber());
        assertThat(shown.text("office")).isEqualTo("Bawaslu Kabupaten Pandeglang");
        assertThat(shown.text("report-facts")).contains("Nomor pelacakan", "Ditangani oleh");
        java.util.regex.Pattern wib = java.util.regex.Pattern.compile("\\d{1,2} \\p{L}+ \\d{4} \\d{2}:\\d{2} WIB");
        java.util.regex.Matcher history = java.util.regex.Pattern.compile("<time datetime=\"[^\"]+\">([^<]+)</time>").matcher(shown.body());
        int times = 0;
        while (history.find()) {
            assertThat(history.group(1)).matches(wib);
            times++;
        }
        assertThat(times).as("received, awaiting completion").isEqualTo(2);
        assertThat(shown.body()).containsPattern("Lengkapi paling lambat " + wib.pattern() + ";");

        Pages.Page english = reporter.get("/lapor/status/laporan?lang=en");
        assertThat(english.text("report-facts")).contains("Tracking number", "Handled by");
        assertThat(english.text("office")).isEqualTo("Bawaslu Kabupaten Pandeglang");
        assertThat(english.body()).containsPattern("Complete it by " + wib.pattern());
        // The API answers the office beside what it answered before.
        com.fasterxml.jackson.databind.JsonNode status = api.get("/api/v1/public/reports/" + f.trackingNumber(),
                "X-Access-Code", f.accessCode()).json();
        assertThat(status.path("officeCode").asText()).isEqualTo("36.01");
        assertThat(status.path("officeName").asText()).isEqualTo("Bawaslu Kabupaten Pandeglang");
        assertThat(status.path("trackingNumber").asText()).isEqualTo(f.trackingNumber());
        assertThat(status.path("completionDue").asText()).isNotBlank();
    }

    /**
     * What the reporter added when completing a report is marked in its description as every release marked it; the
     * officer reads the marker in their language with the day as people write it, on the case's page and the task's
     * (a row an earlier release wrote too), while the API answers the description as stored, and beside it as shown.
     */
    @Test
    void theCompletionMarkerReadsInTheOfficersLanguageWithAHumanDay() {
        Filed f = awaitingCompletion();
        Pages reporter = new Pages(port);
        reporter.follow(reporter.post("/lapor/status", "trackingNumber", f.trackingNumber(), "accessCode", f.accessCode()));
        assertThat(reporter.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode", f.accessCode(),
                "action", "complete", "statement", "Fotokopi KTP terlampir.").status()).isEqualTo(303);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")));
        String stored = "\n\n[Kelengkapan dari pelapor, " + today + "]\nFotokopi KTP terlampir.";
        String english = "[Completed by the reporter, " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(today) + "]";
        String indonesian = "[Kelengkapan dari pelapor, "
                + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id")).format(today) + "]";

        com.fasterxml.jackson.databind.JsonNode incident = api.as("bawaslu.pandeglang")
                .get("/api/v1/cases/" + f.caseId(), "Accept-Language", "en").json().path("incident");
        assertThat(incident.path("description").asText()).as("as stored").endsWith(stored);
        assertThat(incident.path("descriptionShown").asText()).endsWith("\n\n" + english + "\nFotokopi KTP terlampir.");

        Pages officer = Pages.signedIn(port, "bawaslu.pandeglang");
        assertThat(officer.get("/perkara/" + f.caseId()).text("incident-description")).contains(indonesian + " Fotokopi KTP terlampir.")
                .doesNotContain(today.toString());
        String task = driver.taskId("bawaslu.pandeglang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW);
        assertThat(officer.get("/perkara/" + f.caseId() + "?lang=en").text("incident-description")).contains(english)
                .doesNotContain(today.toString()).doesNotContain("Kelengkapan");
        assertThat(officer.get("/tugas/" + task).text("incident-description")).contains(english);

        // A description an earlier release completed, on another day: read the same way.
        jdbc.sql("UPDATE case_file SET description = description || :more WHERE id = :id")
                .param("more", "\n\n[Kelengkapan dari pelapor, 2024-03-05]\nSaksi kedua.").param("id", f.caseId()).update();
        assertThat(officer.get("/perkara/" + f.caseId()).text("incident-description"))
                .contains("[Completed by the reporter, 5 March 2024] Saksi kedua.");
        officer.get("/kotak-masuk?lang=id");
    }

    @Test
    void aWithdrawalTakesEffectOnlyWithItsConfirmationTickedAndKeepsWhatWasTyped() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        Pages session = new Pages(port);
        Pages.Page page = session.follow(session.post("/lapor/status", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode()));
        assertThat(page.tag("confirm")).startsWith("<input type=\"checkbox\"").doesNotContain("checked");
        assertThat(page.text("main")).contains("Saya yakin mencabut laporan ini.");

        String reason = "Sudah diselesaikan \"secara\" kekeluargaan & damai.";
        Pages.Page unconfirmed = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "withdraw", "reason", reason);
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.text("confirm-error")).isEqualTo("Centang pernyataan yakin untuk mencabut laporan; pencabutan tidak dapat dibatalkan.");
        assertThat(unconfirmed.attribute("confirm", "aria-invalid")).isEqualTo("true");
        assertThat(unconfirmed.attribute("confirm", "aria-describedby")).isEqualTo("confirm-error");
        assertThat(unconfirmed.text("reason")).as("the reason kept as typed").isEqualTo(reason);
        assertThat(unconfirmed.text("statusLabel")).isEqualTo("Diterima");
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");

        // Unconfirmed and too long a reason: both said at once; ticked and too long: the reason alone, the tick kept.
        String tooLong = "r".repeat(id.netra.intake.WithdrawalRequest.MAX_REASON + 1);
        Pages.Page both = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "withdraw", "reason", tooLong);
        assertThat(both.text("reason-error")).isEqualTo("Paling panjang 2.000 karakter.");
        assertThat(both.text("confirm-error")).isNotBlank();
        Pages.Page ticked = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "withdraw", "reason", tooLong, "confirm", "true");
        assertThat(ticked.status()).isEqualTo(400);
        assertThat(ticked.text("confirm-error")).isNull();
        assertThat(ticked.tag("confirm")).contains("checked");
        assertThat(ticked.text("reason")).isEqualTo(tooLong);
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");

        // A wrong access code is still said as such, confirmed or not.
        Pages.Page wrong = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                "AAAA-BBBB-CCCC", "action", "withdraw");
        assertThat(wrong.text("accessCode-error")).isEqualTo("Nomor pelacakan atau kode akses tidak cocok.");

        Pages english = new Pages(port);
        english.get("/lapor/status?lang=en");
        Pages.Page said = english.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "withdraw");
        assertThat(said.text("confirm-error")).isEqualTo("Tick that you are sure to withdraw the report; a withdrawal cannot be undone.");

        Pages.Page withdrawn = session.follow(session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(),
                "accessCode", f.accessCode(), "action", "withdraw", "reason", reason, "confirm", "true"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.text("statusLabel")).isEqualTo("Dicabut oleh pelapor");
        assertThat(driver.status(f.caseId())).isEqualTo("WITHDRAWN");
    }

    /**
     * The status form and its actions answer with a redirect (post, redirect, get) to the status, which a reload shows
     * again without sending anything; the access code is never in an address, but in the browser's session for a
     * while. A withdrawal sent again (the back button, a retry) is said to be one already made.
     */
    @Test
    void theStatusAndItsActionsAreRedirectsAReloadDoesNotRepeat() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        Pages session = new Pages(port);
        session.get("/lapor/status");
        Pages.Page looked = session.post("/lapor/status", "trackingNumber", f.trackingNumber(), "accessCode", f.accessCode());
        assertThat(looked.status()).isEqualTo(303);
        assertThat(looked.location()).endsWith("/lapor/status/laporan").doesNotContain(f.accessCode()).doesNotContain(f.trackingNumber());
        for (int reload = 0; reload < 2; reload++) {
            Pages.Page shown = session.follow(looked);
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.header("Cache-Control")).contains("no-store");
            assertThat(shown.text("statusLabel")).isEqualTo("Diterima");
            assertThat(shown.attribute("confirm", "type")).isEqualTo("checkbox");
        }

        Pages.Page withdrawal = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "withdraw", "reason", "Damai.", "confirm", "true");
        assertThat(withdrawal.status()).isEqualTo(303);
        assertThat(withdrawal.location()).endsWith("/lapor/status/laporan");
        Pages.Page done = session.follow(withdrawal);
        assertThat(done.text("statusLabel")).isEqualTo("Dicabut oleh pelapor");
        assertThat(done.text("main")).contains("Laporan sudah dicabut.");
        // Reloaded: the status again, nothing sent, no error, the notice said once.
        Pages.Page reloaded = session.follow(withdrawal);
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.text("statusLabel")).isEqualTo("Dicabut oleh pelapor");
        assertThat(reloaded.text("main")).doesNotContain("Laporan sudah dicabut.").doesNotContain("tidak dapat dicabut");
        // Sent again: already withdrawn, not "too late to withdraw"; the API says the same.
        Pages.Page again = session.post("/lapor/status/tindakan", "trackingNumber", f.trackingNumber(), "accessCode",
                f.accessCode(), "action", "withdraw", "reason", "Damai.", "confirm", "true");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("action-error")).isEqualTo("Laporan ini sudah dicabut sebelumnya; tidak ada yang berubah.");
        assertThat(again.text("statusLabel")).isEqualTo("Dicabut oleh pelapor");
        Api.Response api = this.api.post("/api/v1/public/reports/" + f.trackingNumber() + "/withdrawal", java.util.Map.of(),
                "X-Access-Code", f.accessCode(), "Accept-Language", "en");
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.text("detail")).isEqualTo("This report has already been withdrawn; nothing has changed.");

        // Another browser, or this one once the numbers are forgotten: the status form, saying why.
        Pages other = new Pages(port);
        Pages.Page elsewhere = other.get("/lapor/status/laporan");
        assertThat(elsewhere.status()).isEqualTo(303);
        assertThat(elsewhere.location()).endsWith("/lapor/status?info=status");
        assertThat(other.follow(elsewhere).text("info"))
                .isEqualTo("Status laporan ditampilkan di peramban ini paling lama 15 menit sejak terakhir dibuka. "
                        + "Masukkan lagi nomor pelacakan dan kode akses.");
    }

    @Test
    void theApiWithdrawsWithoutAnyConfirmationAsBefore() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        Api.Response r = api.post("/api/v1/public/reports/" + f.trackingNumber() + "/withdrawal", java.util.Map.of("reason", "Damai."),
                "X-Access-Code", f.accessCode());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(driver.status(f.caseId())).isEqualTo("WITHDRAWN");
    }

    @Test
    void statusIsAGuessThatLeadsToTheStatusPage() {
        for (String accept : java.util.List.of("text/html", "*/*")) {
            Api.Response moved = api.get("/status", "Accept", accept);
            assertThat(moved.status()).as(accept).isEqualTo(301);
            assertThat(java.net.URI.create(moved.header("Location")).getPath()).isEqualTo("/lapor/status");
        }
        Api.Response page = api.get("/lapor/status", "Accept", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"trackingNumber\"");
        // Its neighbours are what they were: an officer's address still asks for the sign-in.
        assertThat(api.get("/status/x", "Accept", "text/html").header("Location")).endsWith("/masuk");
    }

    private Api.Response status(String trackingNumber, String accessCode) {
        return api.send("POST", "/lapor/status", "trackingNumber=" + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8)
                + "&accessCode=" + URLEncoder.encode(accessCode, StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                "Accept", "text/html");
    }
}
