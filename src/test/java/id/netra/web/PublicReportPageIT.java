package id.netra.web;

import id.netra.intake.ReportRequest;
import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public report form ({@code /lapor}) judges everything at once: one submit shows every problem of the form — what
 * the form cannot read, the declared constraints and the service's checks — next to its field, in the page's
 * language.
 */
class PublicReportPageIT extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** The input's id on the page for a field's path: {@code reportedPersons[0].nip} → {@code reportedPersons-0-nip}. */
    static String id(String field) {
        return field.replace("[", "-").replace("]", "").replace('.', '-');
    }

    private FormSession session(String lang) {
        FormSession session = new FormSession(port);
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
        form.put("incident.regionCode", "99.99");                        // the service: no such region
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
        expected.put("incident.regionCode", en ? "Unknown region code (for example 36.04)." : "Kode wilayah tidak dikenal (contoh: 36.04).");
        expected.put("incident.description", en ? "A description of the incident is required." : "Uraian kejadian wajib diisi.");
        expected.put("witnesses[0].contact", en ? "At most 200 characters." : "Paling panjang 200 karakter.");

        long before = cases();
        FormSession.Page page = session(lang).post("/lapor", form);

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
        Map<String, String> expectedSummary = new LinkedHashMap<>();
        expected.forEach((field, message) -> expectedSummary.put(id(field), message));
        assertThat(summary).containsExactlyEntriesOf(expectedSummary);
        // What was typed is kept; nothing was filed.
        assertThat(page.attribute("reporter-address", "value")).isEqualTo(Reports.REPORTER_ADDRESS);
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
    void anIncidentOfTodayInJakartaIsTakenAndOneOfTomorrowIsNot() {
        LocalDate today = LocalDate.now(JAKARTA);
        Map<String, String> form = Reports.pageForm();
        form.put("incident.date", today.toString());
        form.put("incident.knownOn", today.toString());
        FormSession.Page taken = new FormSession(port).post("/lapor", form);
        assertThat(taken.status()).as(taken.text("problems")).isEqualTo(200);
        assertThat(taken.text("trackingNumber")).startsWith("LPR-");

        form.put("incident.date", today.plusDays(1).toString());
        form.put("incident.knownOn", today.plusDays(1).toString());
        FormSession.Page refused = new FormSession(port).post("/lapor", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("incident-date-error")).isEqualTo("Tanggal kejadian tidak boleh di masa depan.");
        assertThat(refused.text("incident-knownOn-error")).isEqualTo("Tanggal diketahui tidak boleh di masa depan.");
    }

    @Test
    void theReceiptAndTheStatusAreInEnglishWhenChosen() {
        FormSession session = session("en");
        FormSession.Page receipt = session.post("/lapor", Reports.pageForm());
        assertThat(receipt.status()).isEqualTo(200);
        String tn = receipt.text("trackingNumber");
        String code = receipt.text("accessCode");
        FormSession.Page file = session.post("/lapor/tanda-terima", "trackingNumber", tn, "accessCode", code);
        assertThat(file.body()).isEqualTo("Netra report\nTracking number: " + tn + "\nAccess code: " + code + "\n");

        FormSession.Page wrong = session.post("/lapor/status", "trackingNumber", tn, "accessCode", "AAAA-BBBB-CCCC");
        assertThat(wrong.text("accessCode-error")).isEqualTo("The tracking number or access code does not match.");
        FormSession.Page empty = session.post("/lapor/status", "trackingNumber", "", "accessCode", "");
        assertThat(empty.text("trackingNumber-error")).isEqualTo("The tracking number is required.");
        assertThat(empty.text("accessCode-error")).isEqualTo("The access code is required.");
        FormSession.Page status = session.post("/lapor/status", "trackingNumber", tn, "accessCode", code);
        assertThat(status.text("statusLabel")).isEqualTo("Received");
    }
}
