package id.netra.path;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.platform.Today;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.CaseDriver.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PPK's objection (sanggahan) to a recommendation, over real HTTP: the follow-up ends (its deadline's timers with
 * it) and the examining agency answers — the recommendation upheld, the PPK following it up on a new deadline counted
 * from the answer (checked against a calendar counted by hand), or revised: the person examined again, a new approval
 * and a new recommendation number.
 */
class ObjectionIT extends IntegrationTest {

    private static final String EXAMINER = "examiner";
    private static final String PPK = "ppk.serang";

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onePerson(String name) {
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(
                Map.of("name", name, "position", "Kepala Bagian Umum", "agencyCode", "PEMDA-36.04")));
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        incident.put("date", Today.date().minusDays(2).toString());
        incident.put("knownOn", Today.date().minusDays(1).toString());
        return body;
    }

    private static final Map<String, Object> OBJECTION = Map.of("objected", true,
            "objection", "Terlapor hanya hadir sebagai undangan; mohon rekomendasi ditinjau ulang.");

    private JsonNode track(Filed f, UUID person) {
        return person(driver.caseAs(EXAMINER, f.caseId()), person).path("track");
    }

    private String deadline(Filed f, UUID person, String kind) {
        for (JsonNode d : track(f, person).path("deadlines")) {
            if (d.path("kind").asText().equals(kind)) {
                return d.path("dueOn").asText();
            }
        }
        throw new AssertionError("no " + kind + " deadline");
    }

    private long timers(Filed f) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).singleResult().getId();
        return management.createJobQuery().processInstanceId(pi).timers().count();
    }

    private static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().path("errors").findValuesAsText("field");
    }

    @Test
    void anObjectionUpheldGivesThePpkANewDeadlineFromTheAnswer() {
        clock.set(Instant.parse("2026-07-06T02:00:00Z")); // Monday 6 July 2026; no holiday in July 2026
        Filed f = driver.toRecommendation(onePerson("Gunawan Menyanggah"));
        UUID person = driver.persons(f.caseId()).get(0);
        assertThat(deadline(f, person, "PPK_FOLLOW_UP")).isEqualTo("2026-07-24");
        assertThat(timers(f)).as("the PPK's reminder and deadline").isEqualTo(2);

        clock.set(Instant.parse("2026-07-08T03:00:00Z"));
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, OBJECTION);
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).as("the follow-up ended").isEmpty();
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person)).isEmpty();
        assertThat(timers(f)).as("its timers with it").isZero();
        assertThat(track(f, person).path("deadlines").findValuesAsText("kind")).as("no PPK clock runs while the objection waits")
                .doesNotContain("PPK_FOLLOW_UP", "PPK_REMINDER");
        // The examining agency's turn, not the PPK's: the track and the case say so, in both languages.
        assertThat(track(f, person).path("status").asText()).isEqualTo("OBJECTION_PENDING");
        assertThat(track(f, person).path("statusLabel").asText()).isEqualTo("Sanggahan PPK menunggu jawaban BKN");
        assertThat(driver.caseAs(PPK, f.caseId()).path("status").asText()).isEqualTo("OBJECTION_PENDING");
        assertThat(driver.caseAs(PPK, f.caseId()).path("statusLabel").asText()).isEqualTo("Sanggahan PPK menunggu jawaban BKN");
        assertThat(api.as(PPK).get("/api/v1/cases/" + f.caseId(), "Accept-Language", "en").json().path("statusLabel").asText())
                .isEqualTo("PPK's objection awaiting BKN's answer");
        id.netra.support.Pages.Page casePage = id.netra.support.Pages.signedIn(port, PPK).get("/perkara/" + f.caseId());
        assertThat(casePage.text("case-status")).isEqualTo("Sanggahan PPK menunggu jawaban BKN");
        assertThat(casePage.body()).contains("<dd class=\"track\">Sanggahan PPK menunggu jawaban BKN</dd>");
        assertThat(driver.caseAs(PPK, f.caseId()).toString()).contains("PPK mengajukan sanggahan atas rekomendasi",
                "mohon rekomendasi ditinjau ulang");

        clock.set(Instant.parse("2026-07-10T03:00:00Z")); // Friday 10 July
        String answer = driver.task(EXAMINER, f.caseId(), FlowNodes.OBJECTION_ANSWER, person).orElseThrow().path("id").asText();
        // The examiner's task page says what the PPK objected.
        assertThat(id.netra.support.Pages.signedIn(port, EXAMINER).get("/tugas/" + answer).text("prompt-note"))
                .isEqualTo("Terlapor hanya hadir sebagai undangan; mohon rekomendasi ditinjau ulang.");
        assertThat(fields(api.as(EXAMINER).post("/api/v1/tasks/" + answer + "/complete", Map.of())))
                .contains("objectionDecision", "answer", "answerLetterNumber");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.OBJECTION_ANSWER, person, Map.of("objectionDecision", "UPHELD",
                "answer", "Kehadiran terlapor disertai ajakan memilih; rekomendasi tetap.", "answerLetterNumber", "B-900/BKN/VII/2026"));
        // 14 working days from Friday 10 July: 13–17, 20–24, 27–30 July.
        assertThat(deadline(f, person, "PPK_FOLLOW_UP")).isEqualTo("2026-07-30");
        assertThat(track(f, person).path("deadlines").toString()).contains("14 hari kerja sejak jawaban atas sanggahan");
        // The answer's letter is among the case's letters, of its kind.
        assertThat(driver.caseAs(PPK, f.caseId()).path("letters").toString())
                .contains("\"kind\":\"OBJECTION_ANSWER\"", "B-900/BKN/VII/2026");
        // Each side reads the other's words on the case page: the grounds, the answer and its letter.
        assertThat(id.netra.support.Pages.signedIn(port, PPK).get("/perkara/" + f.caseId()).body())
                .contains("mohon rekomendasi ditinjau ulang", "rekomendasi tetap. (surat B-900/BKN/VII/2026)");
        assertThat(timers(f)).as("a new reminder and deadline").isEqualTo(2);
        assertThat(track(f, person).path("status").asText()).as("the PPK's turn again").isEqualTo("RECOMMENDATION_ISSUED");
        assertThat(driver.caseAs(PPK, f.caseId()).path("status").asText()).isEqualTo("RECOMMENDATION_ISSUED");
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isPresent();
        assertThat(driver.caseAs(PPK, f.caseId()).toString()).contains("rekomendasi tetap, PPK menindaklanjuti dengan batas waktu baru");

        // Answered and upheld: a second objection would only stall; refused.
        String again = driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("id").asText();
        // The PPK's task page says what the examining agency answered, and by which letter.
        id.netra.support.Pages.Page followUpPage = id.netra.support.Pages.signedIn(port, PPK).get("/tugas/" + again);
        assertThat(followUpPage.text("prompt-note")).isEqualTo(
                "Kehadiran terlapor disertai ajakan memilih; rekomendasi tetap. (surat B-900/BKN/VII/2026)");
        assertThat(followUpPage.body()).contains("Jawaban atas sanggahan PPK");
        assertThat(fields(api.as(PPK).post("/api/v1/tasks/" + again + "/complete", OBJECTION))).containsExactly("objected");
        // ... and no longer offered: not in the task's fields, not on its page.
        assertThat(api.as(PPK).get("/api/v1/tasks/" + again).json().path("fields").findValuesAsText("name"))
                .contains("refused", "notes").doesNotContain("objected", "objection");
        assertThat(id.netra.support.Pages.signedIn(port, PPK).get("/tugas/" + again).body())
                .contains("name=\"refused\"").doesNotContain("name=\"objected\"");
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, Map.of("disciplinaryImposed", true,
                "disciplinarySanction", "DISCIPLINE_MEDIUM", "disciplinaryDecreeNumber", "800/12/BKPSDM/2026",
                "disciplinaryDecreeDate", Today.date().toString()));
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, Map.of("accepted", true));
        assertThat(track(f, person).path("status").asText()).isEqualTo("CLOSED_SANCTIONED");
    }

    @Test
    void anObjectionAcceptedSendsThePersonBackToTheExaminationAndANewRecommendation() {
        Filed f = driver.toRecommendation(onePerson("Darmawan Ditinjau"));
        UUID person = driver.persons(f.caseId()).get(0);
        String first = person(driver.caseAs(EXAMINER, f.caseId()), person).path("recommendation").path("number").asText();
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, OBJECTION);
        assertThat(track(f, person).path("status").asText()).isEqualTo("OBJECTION_PENDING");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.OBJECTION_ANSWER, person, Map.of("objectionDecision", "REVISED",
                "answer", "Bukti ajakan memilih tidak cukup; diperiksa ulang.", "answerLetterNumber", "B-901/BKN/2026"));
        assertThat(track(f, person).path("status").asText()).isEqualTo("UNDER_EXAMINATION");
        assertThat(driver.caseAs(EXAMINER, f.caseId()).path("status").asText()).isEqualTo("UNDER_EXAMINATION");
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isEmpty();

        driver.complete(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                "moralSanction", "MORAL_CLOSED", "reasoning", "Terbukti hadir, tanpa ajakan memilih: sanksi moral tertutup."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        JsonNode revised = person(driver.caseAs(EXAMINER, f.caseId()), person);
        assertThat(revised.path("track").path("status").asText()).isEqualTo("RECOMMENDATION_ISSUED");
        String second = revised.path("recommendation").path("number").asText();
        assertThat(second).as("a new number").isNotEqualTo(first).isNotBlank();
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isPresent();

        // The letters keep the first recommendation, marked as replaced by the second; the second stands.
        java.util.Map<String, JsonNode> letters = new java.util.HashMap<>();
        driver.caseAs(PPK, f.caseId()).path("letters").forEach(l -> letters.put(l.path("number").asText(), l));
        assertThat(letters.get(first).path("supersededBy").asText()).isEqualTo(second);
        assertThat(letters.get(second).path("supersededBy").isNull()).isTrue();
        String page = id.netra.support.Pages.signedIn(port, PPK).get("/perkara/" + f.caseId()).body();
        assertThat(page).contains("(diganti dengan rekomendasi " + second + ")").containsOnlyOnce("diganti dengan rekomendasi");
    }

    @Test
    void anObjectionIsRefusedBesideAReportOrARefusalAndAfterTheDeadline() {
        Filed f = driver.toRecommendation(onePerson("Suryadi Terlambat"));
        UUID person = driver.persons(f.caseId()).get(0);
        String task = driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("id").asText();
        String complete = "/api/v1/tasks/" + task + "/complete";
        assertThat(fields(api.as(PPK).post(complete, Map.of("objected", true)))).containsExactly("objection");
        assertThat(fields(api.as(PPK).post(complete, Map.of("objected", true, "objection", "Keberatan.", "refused", true,
                "notes", "Tidak akan.")))).containsExactly("objected");
        // Nor a sanction reported not imposed, nor notes: the objection and its grounds only.
        assertThat(fields(api.as(PPK).post(complete, Map.of("objected", true, "objection", "Keberatan.", "moralImposed", false))))
                .containsExactly("objected");
        assertThat(fields(api.as(PPK).post(complete, Map.of("objected", true, "objection", "Keberatan.", "notes", "x"))))
                .containsExactly("objected");
        assertThat(fields(api.as(PPK).post(complete, Map.of("objected", true, "objection", "Keberatan.",
                "disciplinaryImposed", true, "disciplinarySanction", "DISCIPLINE_MEDIUM", "disciplinaryDecreeNumber", "800/1/2026",
                "disciplinaryDecreeDate", Today.date().toString())))).contains("objected");
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        String late = driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("id").asText();
        assertThat(fields(api.as(PPK).post("/api/v1/tasks/" + late + "/complete", OBJECTION))).containsExactly("objected");
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.OBJECTION_ANSWER, person)).as("nothing to answer").isEmpty();
    }
}
