package id.netra.path;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.platform.Today;
import id.netra.support.Api;
import id.netra.support.CaseDriver;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.CaseDriver.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two branches of a person's track that end or escalate it otherwise than by the sanction, over real HTTP: the person
 * who retired, resigned or died (the examining agency closes the track as moot; that track's work is cancelled, the
 * others go on), and the PPK who declares it will not impose the sanction (non-compliance at once: the PPK's deadline is
 * reached now, the escalation follows, the task stays with the PPK who may still comply).
 */
class MootAndRefusalIT extends IntegrationTest {

    private static final String EXAMINER = "examiner";
    private static final String PPK = "ppk.serang";

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    private static Map<String, Object> twoPersons() {
        return Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(
                Map.of("name", "Sutrisno Purnabakti", "position", "Kepala Bidang Aset", "agencyCode", "PEMDA-36.04"),
                Map.of("name", "Wahyu Hidayat", "position", "Kepala Seksi Perencanaan", "agencyCode", "PEMDA-36.04")));
    }

    private static Map<String, Object> onePerson(String name) {
        return Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(
                Map.of("name", name, "position", "Kepala Subbagian Umum", "agencyCode", "PEMDA-36.04")));
    }

    private String path(Filed f, UUID person) {
        return "/api/v1/cases/" + f.caseId() + "/persons/" + person + "/moot";
    }

    private static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().path("errors").findValuesAsText("field");
    }

    private String track(Filed f, UUID person) {
        return person(driver.caseAs(EXAMINER, f.caseId()), person).path("track").path("status").asText();
    }

    private long openTasks(Filed f, UUID person) {
        return tasks.createTaskQuery().processInstanceBusinessKey(f.caseId().toString()).list().stream()
                .filter(t -> person.toString().equals(String.valueOf(tasks.getVariableLocal(t.getId(), "personId")))).count();
    }

    private boolean running(Filed f) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).count() > 0;
    }

    @Test
    void aRetiredPersonsTrackClosesAsMootAndTheOtherGoesOn() {
        Filed f = driver.toExamination(twoPersons());
        List<UUID> persons = driver.persons(f.caseId());
        UUID retired = persons.get(0);
        UUID other = persons.get(1);
        assertThat(openTasks(f, retired)).isEqualTo(1);

        Api.Response closed = api.as(EXAMINER).post(path(f, retired), Map.of("reason", "retired",
                "effectiveOn", Today.date().minusDays(1).toString(), "notes", "SK pensiun 823.4/12/BKPSDM/2026."));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode p = person(closed.json(), retired);
        assertThat(p.path("track").path("status").asText()).isEqualTo("CLOSED_MOOT");
        assertThat(openTasks(f, retired)).as("the retired person's examination is cancelled").isZero();
        assertThat(openTasks(f, other)).as("the other person's examination goes on").isEqualTo(1);
        assertThat(closed.json().path("status").asText()).isEqualTo("UNDER_EXAMINATION");
        assertThat(closed.body()).contains("Penanganan terlapor ditutup karena terlapor pensiun", "SK pensiun 823.4/12");
        assertThat(api.as("admin").get("/api/v1/audit?user=examiner&from=2020-01-01").body()).contains("TRACK_CLOSED_MOOT", retired.toString());

        // Closed once: a second time is refused, as for any ended track.
        assertThat(api.as(EXAMINER).post(path(f, retired), Map.of("reason", "DIED", "effectiveOn", Today.date().toString())).status())
                .isEqualTo(409);

        // The other person is found not proven: the case closes as not proven (not moot), and its process ends.
        driver.complete(EXAMINER, f.caseId(), FlowNodes.EXAMINATION, other, Map.of("outcome", "NOT_PROVEN",
                "reasoning", "Tidak cukup bukti."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, other, Map.of("approved", true));
        assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_NOT_PROVEN");
        assertThat(running(f)).isFalse();
    }

    /**
     * A person whose PPK let the deadline pass (personnel data blocked, escalation open) died: the block is lifted, the
     * PPK's and the examiner's tasks and the reminder's timer are gone, the case closes as moot and its process ends.
     */
    @Test
    void aPersonWhoDiedWhileThePpkWasOverdueClosesTheCaseAsMoot() {
        Filed f = driver.toRecommendation(onePerson("Suparman Almarhum"));
        UUID person = driver.persons(f.caseId()).get(0);
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        driver.warnAndBlock(f.caseId(), person);
        assertThat(person(driver.caseAs(EXAMINER, f.caseId()), person).path("personnelDataBlocked").asBoolean()).isTrue();
        assertThat(openTasks(f, person)).as("the PPK's task and the escalation's last step").isEqualTo(2);

        String instance = processInstance(f);
        Api.Response closed = api.as(EXAMINER).post(path(f, person), Map.of("reason", "DIED", "effectiveOn", Today.date().toString()));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(person(closed.json(), person).path("personnelDataBlocked").asBoolean()).isFalse();
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED_MOOT");
        assertThat(running(f)).as("the only track ended: the case's process ends").isFalse();
        assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION)).isEmpty();
        // The PPK reads why the track ended.
        assertThat(api.as(PPK).get("/api/v1/cases/" + f.caseId()).body()).contains("meninggal dunia");
    }

    @Test
    void closingAsMootIsRefusedByItsFieldOrReason() {
        Filed f = driver.toRecommendation(onePerson("Sukirman Belumpensiun"));
        UUID person = driver.persons(f.caseId()).get(0);
        String today = Today.date().toString();
        assertThat(api.as(PPK).post(path(f, person), Map.of("reason", "RETIRED", "effectiveOn", today)).status()).isEqualTo(403);
        assertThat(api.as("bawaslu.serang").post(path(f, person), Map.of("reason", "RETIRED", "effectiveOn", today)).status())
                .isEqualTo(403);
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of()))).containsExactly("reason", "effectiveOn");
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of("reason", "PENSIUN", "effectiveOn", today))))
                .containsExactly("reason");
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of("reason", "RETIRED",
                "effectiveOn", Today.date().plusDays(1).toString())))).containsExactly("effectiveOn");
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of("reason", "RETIRED", "effectiveOn", "31-12-2026"))))
                .containsExactly("effectiveOn");
        // Retired before the act: not an ASN then, so no moot track (the day before the incident, and far before).
        String incident = driver.caseAs(EXAMINER, f.caseId()).path("incident").path("date").asText();
        for (String before : List.of(java.time.LocalDate.parse(incident).minusDays(1).toString(), "1999-01-01")) {
            assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of("reason", "RETIRED", "effectiveOn", before))))
                    .containsExactly("effectiveOn");
        }
        // The incident's day is written as the pages write it, in the reader's language.
        java.time.LocalDate incidentDay = java.time.LocalDate.parse(incident);
        String dayBefore = incidentDay.minusDays(1).toString();
        assertThat(api.as(EXAMINER).post(path(f, person), Map.of("reason", "RETIRED", "effectiveOn", dayBefore)).body())
                .contains("(" + java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy", id.netra.platform.Messages.INDONESIAN)
                        .format(incidentDay) + ")").doesNotContain("(" + incident + ")");
        assertThat(api.as(EXAMINER).post(path(f, person), Map.of("reason", "RETIRED", "effectiveOn", dayBefore), "Accept-Language", "en")
                .body()).contains("(" + java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy", java.util.Locale.ENGLISH)
                        .format(incidentDay) + ")");
        assertThat(fields(api.as(EXAMINER).post(path(f, person), Map.of("reason", "RETIRED", "effectiveOn", today,
                "notes", "x".repeat(2001))))).containsExactly("notes");
        Api.Response english = api.as(EXAMINER).post(path(f, person), Map.of("effectiveOn", today), "Accept-Language", "en");
        assertThat(english.body()).contains("Choose a reason: retired, resigned, or died.");
        assertThat(api.as(EXAMINER).post("/api/v1/cases/" + f.caseId() + "/persons/" + UUID.randomUUID() + "/moot",
                Map.of("reason", "RETIRED", "effectiveOn", today)).status()).isEqualTo(404);
        // Nothing changed by the refusals.
        assertThat(track(f, person)).isEqualTo("RECOMMENDATION_ISSUED");
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isPresent();
        // Exactly the limit is accepted.
        assertThat(api.as(EXAMINER).post(path(f, person), Map.of("reason", "RESIGNED", "effectiveOn", today,
                "notes", "x".repeat(2000))).status()).isEqualTo(200);
    }

    /** The same from the case page: the form in the person's card, the refusal beside it with what was chosen, then the notice. */
    @Test
    void theExaminerClosesItFromTheCasePage() {
        Filed f = driver.toExamination(onePerson("Slamet Pensiunan"));
        UUID person = driver.persons(f.caseId()).get(0);
        Pages examiner = Pages.signedIn(port, EXAMINER);
        assertThat(examiner.get("/perkara/" + f.caseId()).tag("moot-" + person)).as("the form in the person's card").isNotNull();
        assertThat(Pages.signedIn(port, "bawaslu.serang").get("/perkara/" + f.caseId()).body()).doesNotContain("moot-" + person);

        String action = "/perkara/" + f.caseId() + "/terlapor/" + person + "/tutup";
        Pages.Page refused = examiner.follow(examiner.post(action, "reason", "RETIRED", "effectiveOn", ""));
        assertThat(refused.text("moot-error-" + person)).isEqualTo("Belum tersimpan: perbaiki isian yang ditandai di bawah.");
        // The field's own error beside it, the field marked and given the keyboard.
        assertThat(refused.text("moot-on-error-" + person)).contains("Wajib diisi: tanggal berlakunya");
        assertThat(refused.tag("moot-on-" + person)).contains("autofocus", "aria-invalid=\"true\"",
                "aria-describedby=\"moot-on-error-" + person + "\"");
        assertThat(refused.body()).contains("value=\"RETIRED\" required aria-invalid=\"false\" checked=\"checked\"");

        Pages.Page done = examiner.follow(examiner.post(action, "reason", "RETIRED", "effectiveOn", Today.date().toString()));
        assertThat(done.text("notice")).isEqualTo("Penanganan terlapor ditutup: pensiun.");
        java.time.format.DateTimeFormatter indonesian = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.forLanguageTag("id"));
        assertThat(done.body()).as("the decision names the day it took effect").contains("Terlapor pensiun, berlaku sejak "
                + Today.date().format(indonesian) + ".");
        assertThat(done.tag("moot-" + person)).as("no form on an ended track").isNull();
        assertThat(track(f, person)).isEqualTo("CLOSED_MOOT");
    }

    private Job deadline(Filed f, UUID person) {
        return management.createJobQuery().processInstanceId(processInstance(f)).activityId(FlowNodes.START_EVENT_PPK_DEADLINE)
                .timers().list().stream()
                .filter(j -> person.toString().equals(String.valueOf(runtime.getVariable(j.getExecutionId(), "personId"))))
                .findFirst().orElse(null);
    }

    private String processInstance(Filed f) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).singleResult().getId();
    }

    /**
     * The PPK declares it will not impose the sanction: not a report to verify but non-compliance at once — the PPK's
     * deadline is due now, and when its timer fires the track is overdue, the data blocked and the escalation opened. The
     * PPK's task is back with the PPK, who may still impose the sanction; accepted, the block is lifted.
     */
    @Test
    void aPpkWhoRefusesIsNonCompliantAtOnceAndMayStillComply() {
        Filed f = driver.toRecommendation(onePerson("Bambang Tetapmenjabat"));
        UUID person = driver.persons(f.caseId()).get(0);
        assertThat(deadline(f, person).getDuedate().toInstant()).isAfter(Instant.now().plusSeconds(86400));
        String task = driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("id").asText();

        // A refusal needs its reason, and cannot come with a sanction reported imposed.
        assertThat(fields(api.as(PPK).post("/api/v1/tasks/" + task + "/complete", Map.of("refused", true)))).containsExactly("notes");
        Map<String, Object> both = new HashMap<>(Map.of("refused", true, "notes", "Bupati menolak.", "disciplinaryImposed", true,
                "disciplinarySanction", "DISCIPLINE_MEDIUM", "disciplinaryDecreeNumber", "800/1/2026",
                "disciplinaryDecreeDate", Today.date().toString()));
        assertThat(fields(api.as(PPK).post("/api/v1/tasks/" + task + "/complete", both))).contains("refused");

        Api.Response refused = api.as(PPK).post("/api/v1/tasks/" + task + "/complete", Map.of("refused", true,
                "notes", "Bupati menilai terlapor tidak bersalah dan tidak akan menjatuhkan hukuman."));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person)).as("nothing to verify").isEmpty();
        String again = driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("id").asText();
        assertThat(again).as("a new task for the PPK").isNotEqualTo(task);
        Job due = deadline(f, person);
        assertThat(due.getDuedate().toInstant()).as("the deadline is reached now").isBeforeOrEqualTo(Instant.now());
        // What the PPK and the examiner read is that deadline: passed by the refusal (its last day yesterday) — not the
        // one it replaced — and no reminder left before it.
        JsonNode shown = null;
        for (JsonNode d : person(driver.caseAs(PPK, f.caseId()), person).path("track").path("deadlines")) {
            if (d.path("kind").asText().equals("PPK_FOLLOW_UP")) {
                shown = d;
            }
        }
        assertThat(shown).isNotNull();
        assertThat(shown.path("dueOn").asText()).isEqualTo(Today.date().minusDays(1).toString());
        assertThat(Instant.parse(shown.path("dueAt").asText())).as("it has passed").isBeforeOrEqualTo(Instant.now());
        assertThat(shown.path("rule").asText()).isEqualTo("PPK menyatakan tidak akan menjatuhkan sanksi: batas waktu dianggap lewat");
        assertThat(person(driver.caseAs(PPK, f.caseId()), person).path("track").path("deadlines").toString()).doesNotContain("PPK_REMINDER");
        assertThat(Instant.parse(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("due").asText()))
                .isBefore(Instant.now());
        // The inbox counts it overdue, as the track is.
        assertThat(api.as(PPK).get("/api/v1/tasks?due=OVERDUE").body()).contains(again);
        assertThat(driver.caseAs(EXAMINER, f.caseId()).toString()).contains("PPK menyatakan tidak akan menjatuhkan sanksi",
                "Bupati menilai terlapor tidak bersalah");

        // The job executor takes the due timer (here: fired as it would): non-compliance and its escalation.
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person)).isPresent();
        driver.warnAndBlock(f.caseId(), person);
        assertThat(person(driver.caseAs(EXAMINER, f.caseId()), person).path("personnelDataBlocked").asBoolean()).isTrue();
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, person)).isPresent();

        // The PPK complies after all: verified, the block is lifted and the track ends sanctioned.
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, Map.of("disciplinaryImposed", true,
                "disciplinarySanction", "DISCIPLINE_MEDIUM", "disciplinaryDecreeNumber", "800/77/BKPSDM/2026",
                "disciplinaryDecreeDate", Today.date().toString()));
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, Map.of("accepted", true));
        assertThat(track(f, person)).isEqualTo("CLOSED_SANCTIONED");
        assertThat(person(driver.caseAs(EXAMINER, f.caseId()), person).path("personnelDataBlocked").asBoolean()).isFalse();
    }

    /**
     * On the PPK's task page, a refusal sent with a sanction reported imposed beside it and no decree: the problems are
     * listed, and the keyboard set, in the form's order — the refusal first — not in the order they were checked.
     */
    @Test
    void theTaskPageListsAFormsProblemsInTheFormsOrder() {
        Filed f = driver.toRecommendation(onePerson("Rudi Urutan"));
        UUID person = driver.persons(f.caseId()).get(0);
        String task = driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person).orElseThrow().path("id").asText();
        Pages ppk = Pages.signedIn(port, PPK);
        assertThat(ppk.get("/tugas/" + task).body()).contains("id=\"task-form\"");
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        form.put("action", List.of("complete"));
        form.put("refused", List.of("true"));
        form.put("notes", List.of("Tidak akan dijatuhkan."));
        form.put("moralImposed", List.of("true"));
        Pages.Page refused = ppk.post("/tugas/" + task, form);
        String body = refused.body();
        int refusal = body.indexOf("href=\"#refused");
        int moral = body.indexOf("href=\"#moral");
        assertThat(refusal).as(body).isPositive();
        assertThat(moral).as("the moral sanction's fields are refused too").isPositive();
        assertThat(refusal).as("the refusal, first in the form, is listed first").isLessThan(moral);
    }

    /** A refusal after the deadline passed: the escalation is under way already; the refusal is recorded, nothing fires twice. */
    @Test
    void aRefusalAfterTheDeadlineDoesNotEscalateTwice() {
        Filed f = driver.toRecommendation(onePerson("Joko Terlambat"));
        UUID person = driver.persons(f.caseId()).get(0);
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, Map.of("refused", true, "notes", "Tidak akan dijatuhkan."));
        assertThat(deadline(f, person)).as("fired once, not armed again").isNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(f.caseId().toString())
                .taskDefinitionKey(FlowNodes.NON_COMPLIANCE_WARNING).count()).isEqualTo(1);
        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isPresent();
    }
}
