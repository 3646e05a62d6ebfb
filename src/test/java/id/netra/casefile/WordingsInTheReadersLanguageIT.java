package id.netra.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notes of a case's history and the bases of its deadlines that Netra writes from its own wordings are stored in
 * Indonesian and read in the reader's language — the API's ({@code Accept-Language: en}) and the case page's — while
 * what an officer wrote (what a report lacks) reads as written in either.
 */
class WordingsInTheReadersLanguageIT extends IntegrationTest {

    private static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> {
            if (e.path(field).isTextual()) {
                out.add(e.path(field).asText());
            }
        });
        return out;
    }

    @Test
    void netrasOwnNotesAndDeadlineBasesReadInEnglishAndAsStoredInIndonesian() {
        Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        String path = "/api/v1/cases/" + f.caseId();
        JsonNode en = api.as("bawaslu.serang").get(path, "Accept-Language", "en").json();
        JsonNode id = api.as("bawaslu.serang").get(path).json();
        String number = id.path("registerNumber").asText();
        JsonNode track = en.path("reportedPersons").get(0).path("track");
        String recommendation = jdbc.sql("SELECT number FROM recommendation WHERE person_id = :p")
                .param("p", driver.persons(f.caseId()).get(0)).query(String.class).single();

        assertThat(texts(en.path("history"), "note")).contains("Register number " + number, "Hearings recorded: 1")
                .anySatisfy(n -> assertThat(n).startsWith("Forwarded with letter "))
                .noneSatisfy(n -> assertThat(n).containsAnyOf("Nomor registrasi", "klarifikasi dicatat", "Diteruskan"));
        assertThat(texts(track.path("history"), "note")).contains("Recommendation " + recommendation);
        // (The numbers are the rule set's in force.)
        assertThat(texts(en.path("deadlines"), "rule")).anyMatch(r -> r.matches("\\d+ (working|calendar) days? from when the reporter knew"))
                .anyMatch(r -> r.matches("\\d+ calendar days? from receipt")).anyMatch(r -> r.matches("\\d+ (working|calendar) days? from registration"));
        assertThat(texts(track.path("deadlines"), "rule")).anyMatch(r -> r.matches("\\d+ working days from forwarding"))
                .anyMatch(r -> r.matches("\\d+ working days from the recommendation"))
                .anyMatch(r -> r.matches("\\d+ working days before the PPK deadline"));

        // In Indonesian, as stored (the same words every release stored).
        assertThat(texts(id.path("history"), "note")).contains("Nomor registrasi " + number, "1 klarifikasi dicatat");
        assertThat(texts(id.path("deadlines"), "rule")).anyMatch(r -> r.matches("\\d+ hari( kerja)? sejak diketahui"));
        assertThat(jdbc.sql("SELECT note FROM case_status_history WHERE case_id = :id AND to_status = 'REGISTERED'")
                .param("id", f.caseId()).query(String.class).single()).isEqualTo("Nomor registrasi " + number);

        // The case page, in English.
        String page = Pages.signedIn(port, "bawaslu.serang").get("/perkara/" + f.caseId() + "?lang=en").body();
        assertThat(page).contains("Register number " + number, "Hearings recorded: 1", "Recommendation " + recommendation)
                .doesNotContain("Nomor registrasi", "klarifikasi dicatat");
    }

    @Test
    void whatAnOfficerWroteReadsAsWritten() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", false,
                "materialRequirementsMet", true, "missingItems", "SK pengangkatan terlapor belum ada."));
        JsonNode en = api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId(), "Accept-Language", "en").json();
        assertThat(texts(en.path("history"), "note")).contains("SK pengangkatan terlapor belum ada.");
        assertThat(texts(en.path("deadlines"), "rule")).anyMatch(r -> r.matches("\\d+ calendar days? from the notice"));
    }
    /** A task's name, its fields' labels and its options read in the reader's language too, in the inbox and the task. */
    @Test
    void tasksAndTheirFormsReadInTheReadersLanguage() {
        id.netra.support.CaseDriver.Filed f = driver.toExamination(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("examiner", f.caseId(), id.netra.workflow.FlowNodes.EXAMINATION);
        JsonNode inboxEn = api.as("examiner").get("/api/v1/tasks", "Accept-Language", "en").json();
        List<String> names = new ArrayList<>();
        inboxEn.forEach(t -> {
            if (t.path("id").asText().equals(task)) {
                names.add(t.path("name").asText());
            }
        });
        assertThat(names).containsExactly("Examination");
        JsonNode en = api.as("examiner").get("/api/v1/tasks/" + task, "Accept-Language", "en").json();
        assertThat(en.path("task").path("name").asText()).isEqualTo("Examination");
        JsonNode outcome = null;
        for (JsonNode field : en.path("fields")) {
            if (field.path("name").asText().equals("outcome")) {
                outcome = field;
            }
        }
        assertThat(outcome).isNotNull();
        assertThat(texts(outcome.path("options"), "label")).contains("Proven", "Not proven");
        JsonNode inIndonesian = api.as("examiner").get("/api/v1/tasks/" + task).json();
        assertThat(inIndonesian.path("task").path("name").asText()).isEqualTo("Pemeriksaan");
        assertThat(inIndonesian.path("fields").toString()).contains("Terbukti").doesNotContain("\"Proven\"");

        // A list's own options and its items' read alike; the plenary's per-person field has its English label.
        id.netra.support.CaseDriver.Filed g = driver.toRegistered(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        String clarification = driver.taskId("bawaslu.serang", g.caseId(), id.netra.workflow.FlowNodes.CLARIFICATION);
        JsonNode hearings = api.as("bawaslu.serang").get("/api/v1/tasks/" + clarification, "Accept-Language", "en").json()
                .path("fields").get(0);
        assertThat(hearings.path("name").asText()).isEqualTo("hearings");
        if (hearings.has("options")) {
            assertThat(texts(hearings.path("options"), "label")).doesNotContain("Pelapor", "Terlapor", "Saksi");
        }
        assertThat(hearings.path("items").toString()).doesNotContain("\"Pelapor\"", "\"Saksi\"");
        // A rule said in prose is said in the reader's language.
        String review = driver.taskId("bawaslu.serang", driver.fileReport(id.netra.support.Reports.report("36.04", "PEMDA-36.04")).caseId(),
                id.netra.workflow.FlowNodes.INITIAL_REVIEW);
        java.util.function.Function<String, String> missingItemsWhen = language -> {
            for (JsonNode field : api.as("bawaslu.serang").get("/api/v1/tasks/" + review, "Accept-Language", language).json().path("fields")) {
                if (field.path("name").asText().equals("missingItems")) {
                    return field.path("requiredWhen").asText();
                }
            }
            return null;
        };
        assertThat(missingItemsWhen.apply("en")).isEqualTo("Formal requirements met: No, or Material requirements met: No");
        assertThat(missingItemsWhen.apply("id")).isEqualTo("Syarat formal terpenuhi: Tidak, atau Syarat materiel terpenuhi: Tidak");
    }
}
