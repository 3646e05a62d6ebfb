package id.netra.path;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.platform.Today;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.UUID;

import static id.netra.support.CaseDriver.person;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PPK's deadline against the verification, over real HTTP: a deadline that passes while the PPK's report waits
 * for the examining agency stays armed until the verification decides. Rejected, the PPK is overdue at once (the
 * escalation's first step, the written warning, opened; the PPK's task open again); accepted, nothing is escalated. The
 * escalation then goes in its three steps — warning, block of the personnel data, notice to the ministry — each with
 * its letter.
 */
class FollowUpEscalationIT extends IntegrationTest {

    private static final String PPK = "ppk.serang";
    private static final String EXAMINER = "examiner";

    @Autowired
    HistoryService history;

    private static Map<String, Object> sanctioned(String decree) {
        return Map.of("sanctionImposed", true, "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", decree,
                "decreeDate", Today.date().toString());
    }

    private static final Map<String, Object> REJECTED = Map.of("accepted", false, "notes", "Salinan SK tidak dilampirkan.");
    private static final Map<String, Object> ACCEPTED = Map.of("accepted", true);

    /** A case whose one person's recommendation is with the PPK of Kabupaten Serang. */
    private Filed recommended() {
        return driver.toRecommendation(report("36.04", "PEMDA-36.04"));
    }

    private UUID onlyPerson(Filed f) {
        return driver.persons(f.caseId()).get(0);
    }

    /** The PPK reported on the case's one person, and then the PPK's deadline passed: the report awaits verification. */
    private UUID reportedWhenTheDeadlinePassed(Filed f, String decree) {
        UUID person = onlyPerson(f);
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, sanctioned(decree));
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        return person;
    }

    private JsonNode personAsExaminer(Filed f, UUID person) {
        return person(driver.caseAs(EXAMINER, f.caseId()), person);
    }

    private String track(Filed f, UUID person) {
        return personAsExaminer(f, person).path("track").path("status").asText();
    }

    private boolean blocked(Filed f, UUID person) {
        return personAsExaminer(f, person).path("personnelDataBlocked").asBoolean();
    }

    /** How many escalations began on the case: each begins with its warning task. */
    private long escalationTasks(Filed f) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(f.caseId().toString())
                .taskDefinitionKey(FlowNodes.NON_COMPLIANCE_WARNING).count();
    }

    private long reminders(Filed f) {
        return jdbc.sql("SELECT count(*) FROM case_decision WHERE case_id = :c AND task_key = 'ppkReminder'")
                .param("c", f.caseId()).query(Long.class).single();
    }

    /**
     * The service was down across the reminder's morning and the deadline: on restart both timers are due, and the
     * deadline's may fire first. The PPK is then overdue: a reminder recorded after that reminds of nothing.
     */
    @Test
    void aReminderThatFiresAfterTheDeadlinePassedIsNotRecorded() {
        Filed late = recommended();
        UUID person = onlyPerson(late);
        driver.fireTimer(late.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        assertThat(track(late, person)).isEqualTo("FOLLOW_UP_OVERDUE");
        driver.fireTimer(late.caseId(), FlowNodes.START_EVENT_PPK_REMINDER, person);
        assertThat(reminders(late)).isZero();
        assertThat(track(late, person)).isEqualTo("FOLLOW_UP_OVERDUE");

        // In time, the reminder is recorded.
        Filed onTime = recommended();
        driver.fireTimer(onTime.caseId(), FlowNodes.START_EVENT_PPK_REMINDER, onlyPerson(onTime));
        assertThat(reminders(onTime)).isEqualTo(1);
    }

    @Test
    void deadlinePassingDuringVerificationEscalatesWhenTheVerificationRejects() {
        Filed f = recommended();
        UUID person = reportedWhenTheDeadlinePassed(f, "800/31/2026");
        // Reported in time for all anyone knows yet: nothing is overdue while the examining agency verifies.
        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_REPORTED");
        assertThat(blocked(f, person)).isFalse();
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person)).isEmpty();

        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, REJECTED);

        assertThat(track(f, person)).as("the rejected report leaves the PPK past its deadline").isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(driver.status(f.caseId())).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person)).as("the escalation's first step").isPresent();
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).as("the PPK's new confirmation task").isPresent();
        assertThat(driver.caseAs(EXAMINER, f.caseId()).path("decisions").findValuesAsText("outcome")).contains("OVERDUE");
        driver.warnAndBlock(f.caseId(), person);
        assertThat(blocked(f, person)).as("personnel data blocked").isTrue();

        // The PPK reports again and the verification accepts: the block lifts, the escalation ends with the track.
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, sanctioned("800/32/2026"));
        assertThat(blocked(f, person)).as("blocked until the verification accepts").isTrue();
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, ACCEPTED);
        assertThat(track(f, person)).isEqualTo("CLOSED_SANCTIONED");
        assertThat(blocked(f, person)).isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).count()).isZero();
    }

    @Test
    void rejectionAfterTheTrackIsAlreadyOverdueKeepsTheBlockAndTheStatus() {
        Filed f = recommended();
        UUID person = onlyPerson(f);
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_OVERDUE");
        driver.warnAndBlock(f.caseId(), person);
        assertThat(blocked(f, person)).isTrue();

        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, sanctioned("800/41/2026"));
        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_REPORTED");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, REJECTED);

        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(driver.status(f.caseId())).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(blocked(f, person)).as("still blocked").isTrue();
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isPresent();
        assertThat(escalationTasks(f)).as("escalated once: the rejection opens no second escalation").isEqualTo(1);
        assertThat(driver.caseAs(EXAMINER, f.caseId()).path("decisions").findValuesAsText("outcome"))
                .filteredOn("BLOCKED"::equals).hasSize(1);

        // Escalated and rejected again after the escalation letter went out: still overdue, still blocked, still one.
        driver.complete(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, person, Map.of("escalationLetterNumber", "B-41/BKN/2026"));
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, sanctioned("800/42/2026"));
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, REJECTED);
        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(blocked(f, person)).isTrue();
        assertThat(escalationTasks(f)).isEqualTo(1);
    }

    @Test
    void deadlinePassingDuringVerificationThenAcceptedClosesWithoutEscalation() {
        Filed f = recommended();
        UUID person = reportedWhenTheDeadlinePassed(f, "800/51/2026");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, ACCEPTED);

        JsonNode closed = driver.caseAs(EXAMINER, f.caseId());
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED_SANCTIONED");
        assertThat(closed.path("history").findValuesAsText("to")).doesNotContain("FOLLOW_UP_OVERDUE");
        assertThat(closed.path("decisions").findValuesAsText("outcome")).doesNotContain("OVERDUE", "BLOCKED");
        assertThat(blocked(f, person)).isFalse();
        assertThat(escalationTasks(f)).isZero();
        // Nothing left waiting: the process has ended.
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).count()).isZero();
    }

    @Test
    void rejectionBeforeTheDeadlineLeavesTheDeadlineToEscalateWhenItPasses() {
        Filed f = recommended();
        UUID person = onlyPerson(f);
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, sanctioned("800/61/2026"));
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, REJECTED);
        assertThat(track(f, person)).as("back with the PPK, within its deadline").isEqualTo("RECOMMENDATION_ISSUED");
        assertThat(blocked(f, person)).isFalse();
        assertThat(escalationTasks(f)).isZero();

        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person)).isPresent();
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person)).isPresent();
    }

    @Test
    void theEscalationGoesWarningThenBlockThenMinistryEachWithItsLetterAndThePpkReadsEach() {
        Filed f = recommended();
        UUID person = onlyPerson(f);
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);

        // The deadline passed: overdue, a warning to write; nothing blocked yet, no later step open.
        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(blocked(f, person)).as("not blocked before the warning").isFalse();
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.PERSONNEL_DATA_BLOCK, person)).isEmpty();
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, person)).isEmpty();
        assertThat(driver.task(PPK, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person)).as("the examining agency's task").isEmpty();

        // Bad input loses nothing: the letter's number is required, one line, at most 120 characters.
        String warning = driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person).orElseThrow().path("id").asText();
        for (Map<String, Object> bad : java.util.List.<Map<String, Object>>of(Map.of(), Map.of("warningLetterNumber", "  "),
                Map.of("warningLetterNumber", "T-1/BKN\n/2026"), Map.of("warningLetterNumber", "T".repeat(121)))) {
            var r = api.as(EXAMINER).post("/api/v1/tasks/" + warning + "/complete", bad);
            assertThat(r.status()).as(bad.toString()).isEqualTo(400);
            assertThat(r.json().path("errors").findValuesAsText("field")).as(bad.toString()).contains("warningLetterNumber");
        }
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person)).as("still open").isPresent();
        // The examiner's task page names the step and its letter.
        id.netra.support.Pages examinerPages = id.netra.support.Pages.signedIn(port, EXAMINER);
        id.netra.support.Pages.Page warningPage = examinerPages.get("/tugas/" + warning);
        assertThat(warningPage.status()).isEqualTo(200);
        assertThat(warningPage.body()).contains("Teguran tertulis kepada PPK", "Nomor surat teguran");

        driver.complete(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person, Map.of("warningLetterNumber", "T".repeat(120)));
        assertThat(blocked(f, person)).as("the warning blocks nothing").isFalse();
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, person)).isEmpty();
        driver.complete(EXAMINER, f.caseId(), FlowNodes.PERSONNEL_DATA_BLOCK, person, Map.of("blockLetterNumber", "B-77/BKN/2026"));
        assertThat(blocked(f, person)).as("blocked by the second step").isTrue();
        driver.complete(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, person,
                Map.of("escalationLetterNumber", "B-78/BKN/2026", "notes", "Kepada Menteri Dalam Negeri."));
        assertThat(driver.task(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, person)).as("the last step done").isEmpty();

        // Each step's letter, of its kind, and each step's outcome, in order; the PPK reads them on its track.
        JsonNode asExaminer = driver.caseAs(EXAMINER, f.caseId());
        java.util.List<String> letters = new java.util.ArrayList<>();
        asExaminer.path("letters").forEach(l -> letters.add(l.path("kind").asText() + " " + l.path("number").asText()));
        assertThat(letters).containsSubsequence("WARNING " + "T".repeat(120), "PERSONNEL_DATA_BLOCK B-77/BKN/2026", "ESCALATION B-78/BKN/2026");
        assertThat(asExaminer.path("decisions").findValuesAsText("outcome")).containsSubsequence("OVERDUE", "WARNED", "BLOCKED", "ESCALATED");
        // The case page lists the three letters by their kinds, and the decisions with their numbers.
        String casePage = examinerPages.get("/perkara/" + f.caseId()).body();
        assertThat(casePage).contains("Surat teguran tertulis kepada PPK", "Surat pemblokiran data kepegawaian",
                "Surat pemberitahuan ketidakpatuhan kepada kementerian pembina", "(surat B-77/BKN/2026)");
        JsonNode asPpk = driver.caseAs(PPK, f.caseId());
        assertThat(person(asPpk, person).path("track").path("history").toString()).contains("T".repeat(120)).contains("B-77/BKN/2026").contains("B-78/BKN/2026");
        assertThat(person(asPpk, person).path("personnelDataBlocked").asBoolean()).isTrue();

        // The PPK's task stayed open through the three steps; its accepted report lifts the block.
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, sanctioned("800/71/2026"));
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, ACCEPTED);
        assertThat(track(f, person)).isEqualTo("CLOSED_SANCTIONED");
        assertThat(blocked(f, person)).isFalse();
    }

    /** A report made after the warning is verified before the block: the block waits for that verification. */
    @Test
    void theBlockWaitsWhileALateReportAwaitsVerification() {
        Filed f = recommended();
        UUID person = onlyPerson(f);
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
        driver.complete(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person, Map.of("warningLetterNumber", "T-81/BKN/2026"));
        driver.complete(PPK, f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, sanctioned("800/81/2026"));

        String block = driver.task(EXAMINER, f.caseId(), FlowNodes.PERSONNEL_DATA_BLOCK, person).orElseThrow().path("id").asText();
        var refused = api.as(EXAMINER).post("/api/v1/tasks/" + block + "/complete", Map.of("blockLetterNumber", "B-81/BKN/2026"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("blockLetterNumber");
        assertThat(refused.body()).contains("menunggu verifikasi");
        assertThat(blocked(f, person)).isFalse();
        assertThat(driver.caseAs(EXAMINER, f.caseId()).path("letters").findValuesAsText("number")).doesNotContain("B-81/BKN/2026");

        // Rejected, the PPK is overdue again and the block goes ahead.
        driver.complete(EXAMINER, f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, REJECTED);
        assertThat(track(f, person)).isEqualTo("FOLLOW_UP_OVERDUE");
        driver.complete(EXAMINER, f.caseId(), FlowNodes.PERSONNEL_DATA_BLOCK, person, Map.of("blockLetterNumber", "B-81/BKN/2026"));
        assertThat(blocked(f, person)).isTrue();
    }

    @Test
    void oneWarningLetterMayNameThePersonsOfOnePpkInTwoCases() {
        Filed first = recommended();
        Filed second = recommended();
        for (Filed f : java.util.List.of(first, second)) {
            UUID person = onlyPerson(f);
            driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
            driver.complete(EXAMINER, f.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, person, Map.of("warningLetterNumber", "T-90/BKN/2026"));
            driver.complete(EXAMINER, f.caseId(), FlowNodes.PERSONNEL_DATA_BLOCK, person, Map.of("blockLetterNumber", "B-90/BKN/2026"));
            assertThat(blocked(f, person)).isTrue();
        }
    }
}
