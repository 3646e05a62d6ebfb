package id.netra.intake;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporter's details the report form of Perbawaslu 9/2024 asks beside the identity (place and date of birth, sex,
 * citizenship, occupation): optional, checked against the NIK, read by the handling office only — API and pages alike.
 * {@link Reports#REPORTER_NIK} is a man born 15 May 1985.
 */
class ReporterDetailsIT extends IntegrationTest {

    private static final String OCCUPATION = "Penyuluh pertanian swadaya";

    private static Map<String, Object> withDetails(Map<String, Object> details) {
        Map<String, Object> body = Reports.report("36.04", "PEMDA-36.04");
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = (Map<String, Object>) body.get("reporter");
        reporter.putAll(details);
        return body;
    }

    private static Map<String, Object> details(String birthDate, String sex) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("birthPlace", "Cikeusik Wetan");
        d.put("birthDate", birthDate);
        d.put("sex", sex);
        d.put("citizenship", "WNI");
        d.put("occupation", OCCUPATION);
        return d;
    }

    private static List<String> fields(Api.Response r) {
        return r.json().path("errors").findValuesAsText("field");
    }

    @Test
    void theHandlingOfficeReadsTheFormsDetailsAndNoOneElseDoes() {
        Filed f = driver.fileReport(withDetails(details("1985-05-15", "MALE")));
        JsonNode reporter = driver.caseAs("bawaslu.serang", f.caseId()).path("reporter");
        assertThat(reporter.path("birthPlace").asText()).isEqualTo("Cikeusik Wetan");
        assertThat(reporter.path("birthDate").asText()).isEqualTo("1985-05-15");
        assertThat(reporter.path("sex").asText()).isEqualTo("MALE");
        assertThat(reporter.path("citizenship").asText()).isEqualTo("WNI");
        assertThat(reporter.path("occupation").asText()).isEqualTo(OCCUPATION);
        // The province office over it reads the case, not who reported it.
        Api.Response province = api.as("bawaslu.banten").get("/api/v1/cases/" + f.caseId());
        assertThat(province.status()).as(province.body()).isEqualTo(200);
        assertThat(province.body()).doesNotContain(OCCUPATION, "Cikeusik Wetan", "1985-05-15");

        // The case page of the handling office says them in words.
        Pages.Page page = Pages.signedIn(port, "bawaslu.serang").get("/perkara/" + f.caseId());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("reporter")).contains("Cikeusik Wetan", "15 Mei 1985", "Laki-laki", "Warga Negara Indonesia (WNI)", OCCUPATION);
    }

    /**
     * A foreign citizen may not report (Perbawaslu 7/2022 art. 8(2)), but the initial review decides: the report is
     * filed, flagged for the handling office — on the case's answer, the case page and the initial review's page — and
     * for no one else, as the reporter is; a citizen's report is not flagged.
     */
    @Test
    void aForeignReporterIsFiledAndFlaggedForTheInitialReviewOfTheHandlingOfficeOnly() {
        Map<String, Object> foreign = details("1985-05-15", "MALE");
        foreign.put("citizenship", "WNA");
        Filed f = driver.fileReport(withDetails(foreign));
        assertThat(driver.caseAs("bawaslu.serang", f.caseId()).path("reporterEligibility").asText()).isEqualTo("FOREIGN_CITIZEN");
        String note = "Pelapor menyatakan berkewarganegaraan asing (WNA), sedangkan Perbawaslu 7/2022 pasal 8 ayat (2)";
        assertThat(Pages.signedIn(port, "bawaslu.serang").get("/perkara/" + f.caseId()).text("reporter-eligibility")).startsWith(note);
        String review = driver.taskId("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW);
        assertThat(Pages.signedIn(port, "bawaslu.serang").get("/tugas/" + review).text("reporter-eligibility")).startsWith(note);

        Api.Response province = api.as("bawaslu.banten").get("/api/v1/cases/" + f.caseId());
        assertThat(province.json().path("reporterEligibility").isNull()).isTrue();
        assertThat(province.json().path("withheld").toString()).contains("reporterEligibility");
        assertThat(Pages.signedIn(port, "bawaslu.banten").get("/perkara/" + f.caseId()).body()).doesNotContain("reporter-eligibility");

        Filed citizen = driver.fileReport(withDetails(details("1985-05-15", "MALE")));
        assertThat(driver.caseAs("bawaslu.serang", citizen.caseId()).path("reporterEligibility").isNull()).isTrue();
        assertThat(Pages.signedIn(port, "bawaslu.serang").get("/perkara/" + citizen.caseId()).body()).doesNotContain("reporter-eligibility");
    }

    @Test
    void aReportWithoutThemIsFiledAsBefore() {
        Api.Response r = api.post("/api/v1/public/reports", Reports.report("36.04", "PEMDA-36.04"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        UUID id = jdbc.sql("SELECT id FROM case_file WHERE tracking_number = :tn").param("tn", r.text("trackingNumber"))
                .query(UUID.class).single();
        JsonNode reporter = driver.caseAs("bawaslu.serang", id).path("reporter");
        assertThat(reporter.path("name").asText()).isEqualTo(Reports.REPORTER_NAME);
        assertThat(reporter.path("birthDate").isNull()).isTrue();
        assertThat(reporter.path("sex").isNull()).isTrue();
    }

    @Test
    void aBirthDateOrSexThatIsNotTheNiksIsRefusedByNameAndNothingIsFiled() {
        long before = jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
        for (String wrongDate : List.of("1985-05-16", "1985-06-15", "1986-05-15", "1975-05-15")) {
            Api.Response r = api.post("/api/v1/public/reports", withDetails(details(wrongDate, "MALE")));
            assertThat(r.status()).as(wrongDate + r.body()).isEqualTo(400);
            assertThat(fields(r)).as(wrongDate).containsExactly("reporter.birthDate");
        }
        Api.Response woman = api.post("/api/v1/public/reports", withDetails(details("1985-05-15", "FEMALE")));
        assertThat(woman.status()).isEqualTo(400);
        assertThat(fields(woman)).containsExactly("reporter.sex");
        assertThat(woman.json().path("errors").get(0).path("message").asText()).contains("NIK");
        // 1885 has the NIK's digits but no reporter was born then; tomorrow is never a birth date.
        Api.Response old = api.post("/api/v1/public/reports", withDetails(details("1885-05-15", "MALE")));
        assertThat(fields(old)).containsExactly("reporter.birthDate");
        Api.Response future = api.post("/api/v1/public/reports", withDetails(details(java.time.LocalDate.now(clock).plusDays(1).toString(), null)));
        assertThat(fields(future)).contains("reporter.birthDate");
        assertThat(jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single()).isEqualTo(before);

        // A woman's NIK (day + 40) with her own date and sex is taken.
        Map<String, Object> hers = withDetails(details("1990-08-17", "FEMALE"));
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = (Map<String, Object>) hers.get("reporter");
        reporter.put("nik", "3604015708900002");
        assertThat(api.post("/api/v1/public/reports", hers).status()).isEqualTo(201);
    }

    @Test
    void aValueNotInTheListIsRefusedByName() {
        Map<String, Object> d = details("1985-05-15", "L");
        Api.Response r = api.post("/api/v1/public/reports", withDetails(d));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("reporter.sex");
        // The values are named by their words as well as their codes, in the reader's language.
        assertThat(r.json().path("errors").get(0).path("message").asText()).contains("Laki-laki (MALE)", "Perempuan (FEMALE)");
        Api.Response en = api.post("/api/v1/public/reports", withDetails(d), "Accept-Language", "en");
        assertThat(en.json().path("errors").get(0).path("message").asText()).contains("Male (MALE)", "Female (FEMALE)");
        Map<String, Object> election = withDetails(details("1985-05-15", "MALE"));
        election.put("electionType", "PILPRES");
        Api.Response kind = api.post("/api/v1/public/reports", election);
        assertThat(fields(kind)).containsExactly("electionType");
        assertThat(kind.json().path("errors").get(0).path("message").asText()).contains("Pilkada (pemilihan kepala daerah) (PILKADA)");
        d = details("1985-05-15", "MALE");
        d.put("citizenship", "Indonesia");
        assertThat(fields(api.post("/api/v1/public/reports", withDetails(d)))).containsExactly("reporter.citizenship");
        d = details("1985-05-15", "MALE");
        d.put("occupation", "x".repeat(ReportRequest.MAX_OCCUPATION + 1));
        assertThat(fields(api.post("/api/v1/public/reports", withDetails(d)))).containsExactly("reporter.occupation");
        d.put("occupation", "x".repeat(ReportRequest.MAX_OCCUPATION));
        assertThat(api.post("/api/v1/public/reports", withDetails(d)).status()).isEqualTo(201);
    }

    @Test
    void theReportPageAsksThemAndGivesAWrongOneBackNextToItsField() {
        Pages session = new Pages(port);
        Pages.Page form = session.get("/lapor");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Tempat lahir", "Tanggal lahir", "Jenis kelamin", "Kewarganegaraan", "Pekerjaan",
                "Perempuan", "Warga Negara Asing (WNA)");

        Map<String, String> page = Reports.pageForm();
        page.put("reporter.birthPlace", "Cikeusik Wetan");
        page.put("reporter.birthDate", "1985-05-16");
        page.put("reporter.sex", "MALE");
        page.put("reporter.citizenship", "WNI");
        page.put("reporter.occupation", OCCUPATION);
        Pages.Page refused = session.post("/lapor", page);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.text("reporter-birthDate-error")).isEqualTo("Tanggal lahir tidak sesuai dengan tanggal lahir dalam NIK (digit 7-12).");
        assertThat(refused.attribute("reporter-birthDate", "value")).isEqualTo("1985-05-16");
        assertThat(refused.attribute("reporter-occupation", "value")).isEqualTo(OCCUPATION);
        assertThat(refused.body()).containsPattern("<option value=\"MALE\" selected=\"selected\"|<option selected=\"selected\" value=\"MALE\"");

        page.put("reporter.birthDate", "1985-05-15");
        Pages.Page receipt = session.follow(session.post("/lapor", page));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        // The latest report of that occupation (another test of this class files one as a foreigner): by when it was
        // received, not by the table's order, which no query promises.
        UUID id = jdbc.sql("""
                        SELECT r.case_id FROM case_reporter r JOIN case_file c ON c.id = r.case_id WHERE r.occupation = :o
                        ORDER BY c.created_at DESC LIMIT 1""").param("o", OCCUPATION).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT birth_date || ' ' || sex || ' ' || citizenship FROM case_reporter WHERE case_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("1985-05-15 MALE WNI");
    }
}
