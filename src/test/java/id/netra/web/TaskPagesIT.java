package id.netra.web;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task page ({@code /tugas/{id}}) over real HTTP, signed in with the page's own form: what it says around the form
 * — the errors' summary naming and linking each field; a task a colleague holds shown without a form to fill in vain;
 * the report itself beside the initial review.
 */
class TaskPagesIT extends IntegrationTest {

    private static final Pattern SUMMARY = Pattern.compile("(?s)<div class=\"alert\" role=\"alert\" tabindex=\"-1\" id=\"problems\">.*?</div>");
    private static final Pattern LINK = Pattern.compile("(?s)<li><a href=\"#([^\"]+)\">(.*?)</a></li>");

    /** The error summary's entries: the id each links to, and its text (tags taken out). */
    private static Map<String, String> summary(Pages.Page page) {
        Matcher m = SUMMARY.matcher(page.body());
        assertThat(m.find()).as("an error summary in " + page.body()).isTrue();
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        Matcher link = LINK.matcher(m.group());
        while (link.find()) {
            entries.put(link.group(1), link.group(2).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
        }
        for (String id : entries.keySet()) {
            assertThat(page.body()).as("the element #" + id + " the summary links to").contains("id=\"" + id + "\"");
        }
        return entries;
    }

    private static Map<String, List<String>> form(String... namesAndValues) {
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return form;
    }

    @Test
    void theErrorSummaryNamesEachFieldByItsLabelAndLinksToIt() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String review = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        officer.get(review);
        Pages.Page empty = officer.post(review, form("action", "complete"));
        assertThat(empty.status()).isEqualTo(400);
        // A yes/no question links to its first answer, the one a keyboard lands on.
        assertThat(summary(empty)).containsEntry("formalRequirementsMet-true", "Syarat formal terpenuhi: Pilih Ya atau Tidak.")
                .containsEntry("materialRequirementsMet-true", "Syarat materiel terpenuhi: Pilih Ya atau Tidak.");
        Pages.Page missing = officer.post(review, form("action", "complete", "formalRequirementsMet", "false",
                "materialRequirementsMet", "true"));
        assertThat(summary(missing)).containsOnlyKeys("missingItems")
                .hasEntrySatisfying("missingItems", e -> assertThat(e).startsWith("Kekurangan yang harus dilengkapi pelapor: "));

        // In English, the labels are the English ones.
        officer.get(review + "?lang=en");
        assertThat(summary(officer.post(review, form("action", "complete"))))
                .containsEntry("formalRequirementsMet-true", "Formal requirements met: Choose Yes or No.");
        officer.get(review + "?lang=id");

        // A list's field is named with its row; several choices link to the first.
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        String clarification = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        officer.get(clarification);
        Map<String, String> rows = summary(officer.post(clarification, form("action", "complete", "rows.hearings", "1",
                "hearings[0].party", "REPORTED", "hearings[0].name", "Budi Santoso")));
        assertThat(rows).containsOnlyKeys("hearings-0-heldOn", "hearings-0-summary");
        assertThat(rows.get("hearings-0-summary")).startsWith("Ringkasan keterangan (Klarifikasi yang dilakukan, Baris 1): ");
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", "Budi Santoso", "heldOn", LocalDate.now().toString(), "summary", "Hadir."))));
        String assessment = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT);
        officer.get(assessment);
        Map<String, String> types = summary(officer.post(assessment, form("action", "complete",
                "conclusion", "NEUTRALITY_VIOLATION", "analysis", "Unsur terpenuhi.")));
        assertThat(types).hasSize(1);
        assertThat(types.keySet().iterator().next()).startsWith("violationTypes-");
        assertThat(types.values().iterator().next()).startsWith("Jenis pelanggaran: ");
    }

    @Test
    void aTaskAColleagueHoldsHasNoFormToFillInVainAndACommissionerMayStillHandItOver() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        String path = "/tugas/" + task;
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        Pages commissioner = Pages.signedIn(port, "komisioner.serang");
        // Unclaimed: anyone of the office may take it or complete it at once.
        for (Pages reader : List.of(officer, commissioner)) {
            assertThat(reader.get(path).body()).contains("id=\"task-form\"", "value=\"claim\"", "value=\"complete\"")
                    .doesNotContain("id=\"held-by\"");
        }
        assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(200);
        // The holder works it as before.
        assertThat(officer.get(path).body()).contains("id=\"task-form\"", "value=\"unclaim\"", "value=\"complete\"",
                "Diambil oleh bawaslu.serang.").doesNotContain("id=\"held-by\"");
        // A colleague reads who works it, with no form, no button to complete, claim or release; the commissioner may
        // still hand it over.
        Pages.Page held = commissioner.get(path);
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).contains("id=\"held-by\"", "Sedang dikerjakan oleh Staf Penanganan Pelanggaran Bawaslu Kabupaten Serang "
                        + "(bawaslu.serang).", "id=\"reassign\"")
                .doesNotContain("id=\"task-form\"", "value=\"complete\"", "value=\"claim\"", "value=\"unclaim\"");
        // A post all the same decides nothing.
        Pages.Page posted = commissioner.post(path, form("action", "complete", "formalRequirementsMet", "true",
                "materialRequirementsMet", "true"));
        assertThat(posted.status()).isEqualTo(409);
        assertThat(posted.body()).contains("id=\"held-by\"").doesNotContain("id=\"task-form\"");
        assertThat(driver.task("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW)).isPresent();
        commissioner.get(path + "?lang=en");
        assertThat(commissioner.get(path).body()).contains("Being worked on by Staf Penanganan Pelanggaran Bawaslu Kabupaten Serang (bawaslu.serang).");
        commissioner.get(path + "?lang=id");

        // Handed to the commissioner, the form is theirs, and the officer reads who works it now.
        assertThat(commissioner.post(path, form("action", "reassign", "assignee", "komisioner.serang")).status()).isEqualTo(302);
        assertThat(commissioner.get(path).body()).contains("id=\"task-form\"", "value=\"complete\"").doesNotContain("id=\"held-by\"");
        assertThat(officer.get(path).body()).contains("Sedang dikerjakan oleh Anggota Bawaslu Kabupaten Serang (komisioner.serang).")
                .doesNotContain("id=\"task-form\"", "id=\"reassign\"");
    }

    @Test
    void theInitialReviewShowsTheReportItDecidesOnWithTheReporterForTheHandlingOffice() {
        Filed f = driver.fileReport(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah()));
        String path = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        String body = officer.get(path).body();
        Matcher section = Pattern.compile("(?s)<section id=\"report\".*?</section>").matcher(body);
        assertThat(section.find()).as(body).isTrue();
        String report = section.group();
        LocalDate incident = LocalDate.now().minusDays(2);
        assertThat(report).contains("Laporan yang dikaji", "Laporan masyarakat", "Pilkada",
                // the incident: when, where, what
                java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.forLanguageTag("id")).format(incident),
                "Kantor Kecamatan Ciruas", "Kabupaten Serang", "mengunggah foto dukungan kepada pasangan calon di Instagram",
                // every reported person, with position, agency and NIP
                Reports.CAMAT, "Camat Ciruas", Reports.LURAH_1, "Lurah Cipare", Reports.LURAH_2, "Lurah Sumurpecung",
                "198609262015051001", "199001012015032001", "Pemerintah Kota Serang",
                // the reporter, the witnesses and the tracking number: the handling office's to read
                Reports.REPORTER_NAME, Reports.REPORTER_NIK, Reports.REPORTER_ADDRESS, Reports.REPORTER_PHONE, Reports.REPORTER_EMAIL,
                "Siti Aminah", "0812 1111 2222", f.trackingNumber());
        // As much as the case page says of the report.
        String casePage = officer.get("/perkara/" + f.caseId()).body();
        assertThat(casePage).contains("Kantor Kecamatan Ciruas", Reports.REPORTER_NAME, "Lurah Sumurpecung");

        officer.get(path + "?lang=en");
        assertThat(officer.get(path).body()).contains("The report under review", "Place", "Reported civil servants", "Reporter",
                "Witnesses named in the report");
        officer.get(path + "?lang=id");

        // The next step decides on the hearings, not the report: no report section there.
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        assertThat(officer.get("/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION)).body())
                .doesNotContain("id=\"report\"");
    }
}
