package id.netra.examination;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examining agency's request for clarification during an examination, over real HTTP: a task for the PPK of the
 * person's agency (who sees the person's track from then), the examination clock paused from the request to the
 * answer — its deadline, checked against a calendar counted by hand, moves by the working days waited — and each
 * refusal by its field or reason.
 */
class ClarificationIT extends IntegrationTest {

    private static final String EXAMINER = "examiner";
    private static final String PPK = "ppk.serang";

    @Autowired
    TaskService tasks;

    /** Monday 6 July 2026, 09:00 WIB: no holiday in July 2026 (the next are 16 June and 17 August). */
    private static final Instant MONDAY_6_JULY = Instant.parse("2026-07-06T02:00:00Z");

    /** A Pilkada report (its examination clock: 14 working days) naming one person, the event known yesterday by the clock. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> onePerson(String name) {
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(
                Map.of("name", name, "position", "Kepala Bidang Pendapatan", "agencyCode", "PEMDA-36.04")));
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        incident.put("date", id.netra.platform.Today.date().minusDays(2).toString());
        incident.put("knownOn", id.netra.platform.Today.date().minusDays(1).toString());
        return body;
    }

    private static String path(Filed f, UUID person) {
        return "/api/v1/cases/" + f.caseId() + "/persons/" + person + "/clarification";
    }

    private static Map<String, Object> asked() {
        return Map.of("addressee", "PPK", "letterNumber", "B-812/BKN/VII/2026",
                "questions", "Mohon penjelasan kehadiran terlapor pada deklarasi pasangan calon tanggal 1 Juli 2026.");
    }

    private JsonNode examinationDeadline(Filed f, UUID person) {
        for (JsonNode d : CaseDriver.person(driver.caseAs(EXAMINER, f.caseId()), person).path("track").path("deadlines")) {
            if (d.path("kind").asText().equals("EXAMINATION")) {
                return d;
            }
        }
        throw new AssertionError("no examination deadline");
    }

    private static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().path("errors").findValuesAsText("field");
    }

    @Test
    void thePpkAnswersAndTheExaminationDeadlineMovesByTheWorkingDaysWaited() {
        clock.set(MONDAY_6_JULY);
        Filed f = driver.toExamination(onePerson("Hermawan Klarifikasi"));
        UUID person = driver.persons(f.caseId()).get(0);
        // 14 working days from Monday 6 July: 7–10, 13–17, 20–24 July.
        assertThat(examinationDeadline(f, person).path("dueOn").asText()).isEqualTo("2026-07-24");
        assertThat(api.as(PPK).get("/api/v1/cases/" + f.caseId()).status()).as("not the PPK's before it is asked").isEqualTo(404);

        clock.set(Instant.parse("2026-07-08T03:00:00Z")); // Wednesday 8 July
        Api.Response requested = api.as(EXAMINER).post(path(f, person), asked());
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        assertThat(requested.body()).contains("Klarifikasi diminta kepada PPK (surat B-812/BKN/VII/2026)");

        // From now the PPK of Kabupaten Serang sees the person and holds the answer; another PPK does not.
        Api.Response seen = api.as(PPK).get("/api/v1/cases/" + f.caseId());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains("Mohon penjelasan kehadiran terlapor");
        // The request is among the case's letters, of its kind.
        assertThat(seen.json().path("letters").toString()).contains("\"kind\":\"CLARIFICATION_REQUEST\"", "B-812/BKN/VII/2026");
        assertThat(api.as("ppk.kotaserang").get("/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        String task = driver.task(PPK, f.caseId(), FlowNodes.EXAMINATION_CLARIFICATION, person).orElseThrow().path("id").asText();
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, person)).as("the examination goes on beside it").isPresent();
        // One request at a time.
        assertThat(api.as(EXAMINER).post(path(f, person), asked()).status()).isEqualTo(409);
        // The examination waits for the answer it asked for.
        String pendingExamination = driver.task(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, person).orElseThrow().path("id").asText();
        assertThat(fields(api.as(EXAMINER).post("/api/v1/tasks/" + pendingExamination + "/complete", Map.of("outcome", "NOT_PROVEN",
                "reasoning", "Tidak terbukti.")))).containsExactly("outcome");
        // Where the officers work, the clock's pause is said: the examination's page beside its due day, and the
        // answer's page (no deadline of its own) since when it waits.
        Pages.Page examinationPage = Pages.signedIn(port, EXAMINER).get("/tugas/" + pendingExamination);
        assertThat(examinationPage.text("task-paused")).isEqualTo("Jam pemeriksaan berhenti sejak 08 Jul 2026, menunggu klarifikasi"
                + " dari PPK (surat B-812/BKN/VII/2026): batas waktu di atas bertambah sebanyak hari menunggu setelah jawabannya dicatat.");
        assertThat(examinationPage.text("task-due")).startsWith("Batas waktu: 24 Jul 2026");
        Pages.Page answerPage = Pages.signedIn(port, PPK).get("/tugas/" + task);
        assertThat(answerPage.text("task-due")).isEqualTo("Tugas ini tanpa batas waktu.");
        assertThat(answerPage.text("task-paused")).isEqualTo("Permintaan klarifikasi ini (surat B-812/BKN/VII/2026) menunggu jawaban"
                + " sejak 08 Jul 2026; jam pemeriksaan berhenti sampai jawaban dicatat.");
        // The PPK's officer reads what is asked, of whom and by which letter, on the case page.
        assertThat(Pages.signedIn(port, PPK).get("/perkara/" + f.caseId()).body())
                .contains("Kepada PPK, surat B-812/BKN/VII/2026: Mohon penjelasan kehadiran terlapor");

        clock.set(Instant.parse("2026-07-14T04:00:00Z")); // Tuesday 14 July
        // An answer dated before the request, or in the future, is refused by its field.
        Api.Response early = api.as(PPK).post("/api/v1/tasks/" + task + "/complete", Map.of("answeredOn", "2026-07-07",
                "answer", "Terlapor hadir atas undangan camat."));
        assertThat(fields(early)).containsExactly("answeredOn");
        assertThat(early.body()).as("the request's day as the pages write it").contains("(08 Jul 2026)").doesNotContain("(2026-07-");
        assertThat(fields(api.as(PPK).post("/api/v1/tasks/" + task + "/complete", Map.of("answeredOn", "2026-07-15",
                "answer", "Terlapor hadir atas undangan camat.")))).containsExactly("answeredOn");
        Api.Response answered = api.as(PPK).post("/api/v1/tasks/" + task + "/complete", Map.of("answeredOn", "2026-07-14",
                "answer", "Terlapor hadir atas undangan camat, tidak menyampaikan dukungan.", "answerLetterNumber", "800/55/BKPSDM/2026"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        // Paused 9, 10, 13, 14 July (4 working days): 24 July + 4 working days = Thursday 30 July.
        JsonNode moved = examinationDeadline(f, person);
        assertThat(moved.path("dueOn").asText()).isEqualTo("2026-07-30");
        assertThat(moved.path("rule").asText()).isEqualTo("14 hari kerja sejak diteruskan, ditambah 4 hari kerja menunggu klarifikasi");
        String examination = driver.task(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, person).orElseThrow().path("id").asText();
        assertThat(tasks.createTaskQuery().taskId(examination).singleResult().getDueDate().toInstant())
                .isEqualTo(Instant.parse("2026-07-30T16:59:59Z"));
        assertThat(Pages.signedIn(port, EXAMINER).get("/tugas/" + examination).body()).as("answered: the clock runs again")
                .doesNotContain("id=\"task-paused\"");
        assertThat(driver.caseAs(EXAMINER, f.caseId()).toString()).contains("batas waktu pemeriksaan bertambah 4 hari kerja",
                "tidak menyampaikan dukungan");
        // Asked and answered: a second request may follow.
        assertThat(api.as(EXAMINER).post(path(f, person), Map.of("addressee", "superior", "letterNumber", "B-813/BKN/VII/2026",
                "questions", "Mohon keterangan atasan langsung terlapor.")).status()).isEqualTo(200);
    }

    @Test
    void aRequestIsRefusedByItsFieldOrReason() {
        Filed f = driver.toExamination(onePerson("Haryanto Ditanya"));
        UUID person = driver.persons(f.caseId()).get(0);
        assertThat(api.as(PPK).post(path(f, person), asked()).status()).isEqualTo(404);
        assertThat(api.as("bawaslu.serang").post(path(f, person), asked()).status()).isEqualTo(403);
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of()))).containsExactly("addressee", "letterNumber", "questions");
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of("addressee", "BUPATI", "letterNumber", "B-1/2026",
                "questions", "Mohon penjelasan.")))).containsExactly("addressee");
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of("addressee", "PPK", "letterNumber", "x".repeat(121),
                "questions", "Mohon penjelasan.")))).containsExactly("letterNumber");
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of("addressee", "PPK", "letterNumber", "B-1/\n2026",
                "questions", "Mohon penjelasan.")))).containsExactly("letterNumber");
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of("addressee", "PPK", "letterNumber", "B-1/2026",
                "questions", "x".repeat(4001))))).containsExactly("questions");
        assertThat(api.as(EXAMINER).post(path(f, person), Map.of(), "Accept-Language", "en").body())
                .contains("Choose whom to ask: the PPK, the person's superior, or the person.");
        assertThat(api.as(EXAMINER).post("/api/v1/cases/" + f.caseId() + "/persons/" + UUID.randomUUID() + "/clarification",
                asked()).status()).isEqualTo(404);
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.EXAMINATION_CLARIFICATION, person)).as("nothing asked").isEmpty();
        // Exactly the limits are accepted.
        assertThat(api.as(EXAMINER).post(path(f, person), Map.of("addressee", "PERSON", "letterNumber", "x".repeat(120),
                "questions", "x".repeat(4000))).status()).isEqualTo(200);
        // Answered, the examination concludes; past it, nothing more can be asked.
        driver.complete(PPK, f.caseId(), FlowNodes.EXAMINATION_CLARIFICATION, person, Map.of("answeredOn",
                id.netra.platform.Today.date().toString(), "answer", "Terlapor membenarkan kehadirannya."));
        // The answer routes nothing, yet its audit row says what it was (its outcome's code, not its words).
        java.util.List<String> completed = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : api.as("admin").get("/api/v1/cases/" + f.caseId() + "/audit").json()) {
            if (e.path("action").asText().equals("TASK_COMPLETED")) {
                completed.add(e.path("actor").asText() + ":" + e.path("detail").path("outcome").asText());
            }
        }
        assertThat(completed).contains(PPK + ":ANSWERED");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "NOT_PROVEN", "reasoning", "Tidak terbukti."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        assertThat(api.as(EXAMINER).post(path(f, person), asked()).status()).isEqualTo(409);
    }

    /** From the case page: the form in the person's card, the refusal beside it with what was typed, then the notice. */
    @Test
    void theExaminerAsksFromTheCasePage() {
        Filed f = driver.toExamination(onePerson("Hendarto Halaman"));
        UUID person = driver.persons(f.caseId()).get(0);
        Pages examiner = Pages.signedIn(port, EXAMINER);
        assertThat(examiner.get("/perkara/" + f.caseId()).tag("clarification-" + person)).isNotNull();
        String action = "/perkara/" + f.caseId() + "/terlapor/" + person + "/klarifikasi";
        Pages.Page refused = examiner.follow(examiner.post(action, "addressee", "PPK", "letterNumber", "B-9/BKN/2026", "questions", " "));
        assertThat(refused.text("clarification-questions-error-" + person)).isEqualTo("Wajib diisi: hal yang perlu diklarifikasi.");
        assertThat(refused.tag("clarification-questions-" + person)).contains("autofocus", "aria-invalid=\"true\"");
        assertThat(refused.tag("clarification-letter-" + person)).doesNotContain("autofocus").contains("aria-invalid=\"false\"");
        assertThat(refused.attribute("clarification-letter-" + person, "value")).isEqualTo("B-9/BKN/2026");
        Pages.Page done = examiner.follow(examiner.post(action, "addressee", "PPK", "letterNumber", "B-9/BKN/2026",
                "questions", "Mohon penjelasan unggahan terlapor."));
        assertThat(done.text("notice")).isEqualTo("Klarifikasi diminta kepada PPK; jam pemeriksaan berhenti sampai dijawab.");
        // While it waits, the person's card says so, and offers no second request.
        assertThat(done.text("clarification-pending-" + person)).startsWith("Klarifikasi kepada PPK (surat B-9/BKN/2026, ")
                .endsWith(") menunggu jawaban: jam pemeriksaan berhenti sampai jawaban dicatat.");
        assertThat(done.tag("clarification-" + person)).isNull();
        // The PPK's officer finds the answer's task page.
        String task = driver.task(PPK, f.caseId(), FlowNodes.EXAMINATION_CLARIFICATION, person).orElseThrow().path("id").asText();
        Pages.Page page = Pages.signedIn(port, PPK).get("/tugas/" + task);
        assertThat(page.body()).contains("Jawaban klarifikasi kepada BKN", "Tanggal jawaban klarifikasi");
        // Beside the form, what is asked: of whom, by which letter, the questions.
        assertThat(page.text("prompt-note")).isEqualTo("Kepada PPK, surat B-9/BKN/2026: Mohon penjelasan unggahan terlapor.");
    }
}
