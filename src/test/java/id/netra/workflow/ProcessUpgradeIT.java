package id.netra.workflow;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.CaseDriver;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases running on the first release's model (one examination per case) move onto the latest model when they are
 * still with Bawaslu, keeping their tasks' and timers' due dates; a case already under examination stays on its version.
 * Cases running on the model with the per-person tracks (version 2) move at every stage of the follow-up, and those
 * whose PPK deadline passed while the report awaited verification wait for the verification again.
 */
class ProcessUpgradeIT extends IntegrationTest {

    private static final String PREVIOUS = "previous-release/asn-neutrality-case.bpmn";
    /** The model of the release with the per-person tracks, before the escalation waited for the verification. */
    private static final String TRACKS_RELEASE = "previous-release/v2/asn-neutrality-case.bpmn";
    /** The model of the release before the extended assessment deadline had a timer of its own. */
    private static final String ESCALATION_RELEASE = "previous-release/v3/asn-neutrality-case.bpmn";
    /** The release before the declared refusal and the moot track (model v4). */
    private static final String SANCTIONS_RELEASE = "previous-release/v4/asn-neutrality-case.bpmn";
    /** The release before the escalation's three steps (model v5): the personnel data blocked at the deadline. */
    private static final String BRANCHES_RELEASE = "previous-release/v5/asn-neutrality-case.bpmn";
    private static final String PPK = "ppk.serang";
    private static final String EXAMINER = "examiner";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessUpgrade upgrade;
    @Autowired
    HistoryService historyService;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void cleanUp() throws IOException {
        for (String id : started) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "ProcessUpgradeIT", true, true);
            }
        }
        // Whatever happened, the current model is the latest again for the tests after this one.
        ProcessDefinition latest = latest();
        if (!latest.getResourceName().equals("bpmn/asn-neutrality-case.bpmn") || isPrevious(latest)) {
            deployCurrent();
        }
    }

    @Test
    void casesBeforeTheForwardingMoveToTheLatestVersionTheOthersStay() throws IOException {
        // A real case (started on the current model) gives the deadlines the old model's expressions read.
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String caseId = f.caseId().toString();
        for (String kind : List.of("COMPLETION", "ASSESSMENT")) {
            jdbc.sql("""
                            INSERT INTO case_deadline (case_id, kind, starts_on, due_on, rule) VALUES (:id, :kind, :start, :due, 'test')
                            ON CONFLICT (case_id, kind) DO NOTHING""")
                    .param("id", f.caseId()).param("kind", kind).param("start", id.netra.platform.Today.date())
                    .param("due", id.netra.platform.Today.date().plusDays(kind.equals("COMPLETION") ? 7 : 14)).update();
        }

        ProcessDefinition previous = deployPrevious(PREVIOUS);

        String atInitialReview = start(previous, caseId, FlowNodes.INITIAL_REVIEW);
        String awaitingCompletion = start(previous, caseId, FlowNodes.GATEWAY_AWAIT_COMPLETION);
        String atAssessment = start(previous, caseId, FlowNodes.ASSESSMENT);
        String atPlenary = start(previous, caseId, FlowNodes.PLENARY_DECISION);
        String atExamination = start(previous, caseId, FlowNodes.EXAMINATION);
        Map<String, List<Date>> timersBefore = new HashMap<>();
        Map<String, Date> dueBefore = new HashMap<>();
        for (String pi : started) {
            timersBefore.put(pi, timers(pi));
            Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
            dueBefore.put(pi, task == null ? null : task.getDueDate());
        }
        assertThat(timersBefore.get(awaitingCompletion)).hasSize(1);
        assertThat(timersBefore.get(atAssessment)).hasSize(1);

        ProcessDefinition current = deployCurrent();
        assertThat(latest().getId()).isEqualTo(current.getId());

        ProcessUpgrade.Result result = upgrade.upgrade();
        assertThat(result.migrated()).isGreaterThanOrEqualTo(4);
        assertThat(result.left()).isGreaterThanOrEqualTo(1);

        Map<String, String> waitsAt = Map.of(atInitialReview, FlowNodes.INITIAL_REVIEW, awaitingCompletion, FlowNodes.GATEWAY_AWAIT_COMPLETION,
                atAssessment, FlowNodes.ASSESSMENT, atPlenary, FlowNodes.PLENARY_DECISION);
        for (var e : waitsAt.entrySet()) {
            String pi = e.getKey();
            assertThat(instance(pi).getProcessDefinitionId()).as(e.getValue() + " moved").isEqualTo(current.getId());
            assertThat(runtimeService.getActiveActivityIds(pi)).as(e.getValue()).containsExactly(e.getValue());
            assertThat(timers(pi)).as("timers of " + e.getValue() + " keep their dates").isEqualTo(timersBefore.get(pi));
            Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
            if (task != null) {
                assertThat(task.getProcessDefinitionId()).isEqualTo(current.getId());
                assertThat(task.getDueDate()).isEqualTo(dueBefore.get(pi));
            }
        }
        assertThat(managementService.createJobQuery().processInstanceId(atAssessment).timers().singleResult().getProcessDefinitionId())
                .isEqualTo(current.getId());
        // The reporter can still complete or withdraw: the message subscriptions moved along.
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(awaitingCompletion).count()).isEqualTo(2);
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(atInitialReview).count()).isEqualTo(1);

        assertThat(instance(atExamination).getProcessDefinitionId()).as("past the forwarding: stays").isEqualTo(previous.getId());
        assertThat(runtimeService.getActiveActivityIds(atExamination)).containsExactly(FlowNodes.EXAMINATION);

        // Again: nothing more to move, the examination still stays.
        ProcessUpgrade.Result again = upgrade.upgrade();
        assertThat(again.migrated()).isZero();
        assertThat(again.left()).isEqualTo(result.left());
        assertThat(instance(atExamination).getProcessDefinitionId()).isEqualTo(previous.getId());
    }

    /** A case of the release with the per-person tracks, its one person at a stage of the follow-up. */
    private record TrackCase(String stage, UUID caseId, UUID person) {
        @Override
        public String toString() {
            return stage + " " + caseId;
        }
    }

    /** What a case's instance waits with: its tasks (id, key, due, candidates) and timers (event, due). */
    private record Waiting(List<String> tasks, Map<String, Date> timers) {
    }

    @Test
    void casesOnTheTrackModelMoveAtEveryFollowUpStageAndDeadlinesLetGoWaitForTheVerificationAgain() throws IOException {
        ProcessDefinition released = deployPrevious(TRACKS_RELEASE);
        // Cases filed now run on the released model: each brought to a stage of the follow-up by the application.
        TrackCase confirming = recommended("at the PPK's confirmation");
        TrackCase reminded = recommended("reminded");
        driver.fireTimer(reminded.caseId(), FlowNodes.START_EVENT_PPK_REMINDER, reminded.person());
        TrackCase overdue = recommended("overdue, escalation open");
        driver.fireTimer(overdue.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, overdue.person());
        TrackCase verifying = reported(recommended("awaiting verification"), "800/71/2026");
        TrackCase caught = reported(recommended("caught: deadline passed awaiting verification"), "800/72/2026");
        driver.fireTimer(caught.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, caught.person());
        TrackCase caughtRejected = reported(recommended("caught and rejected since"), "800/73/2026");
        driver.fireTimer(caughtRejected.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, caughtRejected.person());
        verified(caughtRejected, false);
        assertThat(track(caughtRejected)).as("the released model let this deadline go").isEqualTo("RECOMMENDATION_ISSUED");
        TrackCase escalatedThenReported = recommended("escalated, then reported");
        driver.fireTimer(escalatedThenReported.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, escalatedThenReported.person());
        driver.complete(EXAMINER, escalatedThenReported.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, escalatedThenReported.person(),
                Map.of("escalationLetterNumber", "B-74/BKN/2026"));
        reported(escalatedThenReported, "800/74/2026");
        List<TrackCase> all = List.of(confirming, reminded, overdue, verifying, caught, caughtRejected, escalatedThenReported);
        Map<TrackCase, Waiting> before = new HashMap<>();
        for (TrackCase c : all) {
            assertThat(instanceOf(c).getProcessDefinitionId()).as(c + " runs on the released model").isEqualTo(released.getId());
            before.put(c, waiting(c));
        }
        assertThat(before.get(caught).timers()).as(caught + ": the deadline fired, only the reminder's timer is left")
                .containsOnlyKeys(FlowNodes.START_EVENT_PPK_REMINDER);

        ProcessDefinition current = deployCurrent();
        ProcessUpgrade.Result result = upgrade.upgrade();
        assertThat(result.rearmed()).as("the two caught deadlines, no other").isEqualTo(2);

        for (TrackCase c : all) {
            assertThat(instanceOf(c).getProcessDefinitionId()).as(c + " moved").isEqualTo(current.getId());
            Waiting after = waiting(c);
            assertThat(after.timers()).as(c + ": its timers, with their dates").isEqualTo(before.get(c).timers());
            assertThat(after.tasks()).as(c + ": the same tasks, with their due dates and candidates")
                    .containsAll(before.get(c).tasks());
            assertThat(after.tasks()).as(c + ": no other task").hasSize(before.get(c).tasks().size() + (c == caughtRejected ? 1 : 0));
        }
        assertThat(waitsForRejection(caught)).as(caught + " waits for the verification again").isTrue();
        assertThat(runtimeService.getActiveActivityIds(instanceOf(caught).getId()))
                .containsExactlyInAnyOrder(FlowNodes.FOLLOW_UP_VERIFICATION, FlowNodes.EVENT_REJECTED_AFTER_DEADLINE);
        for (TrackCase c : List.of(confirming, reminded, overdue, verifying, caughtRejected, escalatedThenReported)) {
            assertThat(waitsForRejection(c)).as(c + " does not wait for a rejection").isFalse();
        }
        // Rejected since the deadline on the released model: escalated by the upgrade, as the current model would have.
        assertOverdue(caughtRejected);

        // Every case carried on, on the current model.
        driver.fireTimer(confirming.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, confirming.person());
        assertOverdue(confirming);
        reported(confirming, "800/75/2026");
        verified(confirming, true);

        reported(reminded, "800/76/2026");
        driver.fireTimer(reminded.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, reminded.person());
        assertThat(waitsForRejection(reminded)).isTrue();
        verified(reminded, false);
        assertOverdue(reminded);

        driver.complete(EXAMINER, overdue.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, overdue.person(),
                Map.of("escalationLetterNumber", "B-77/BKN/2026"));
        reported(overdue, "800/77/2026");
        verified(overdue, true);

        driver.fireTimer(verifying.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, verifying.person());
        verified(verifying, true);

        verified(caught, false);
        assertOverdue(caught);

        reported(caughtRejected, "800/78/2026");
        verified(caughtRejected, true);

        verified(escalatedThenReported, false);
        assertThat(track(escalatedThenReported)).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(blocked(escalatedThenReported)).isTrue();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(escalatedThenReported.caseId().toString())
                .taskDefinitionKey(FlowNodes.NON_COMPLIANCE_ESCALATION).count()).as("escalated once").isEqualTo(1);

        for (TrackCase c : List.of(confirming, overdue, verifying, caughtRejected)) {
            assertThat(track(c)).as(c.toString()).isEqualTo("CLOSED_SANCTIONED");
            assertThat(blocked(c)).as(c + ": the block lifted").isFalse();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(c.caseId().toString()).count())
                    .as(c + " ended").isZero();
        }
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(verifying.caseId().toString())
                .taskDefinitionKey(FlowNodes.NON_COMPLIANCE_ESCALATION).count()).as(verifying + ": accepted, never escalated").isZero();

        ProcessUpgrade.Result again = upgrade.upgrade();
        assertThat(again.migrated()).isZero();
        assertThat(again.rearmed()).isZero();
    }

    /**
     * Cases of the release before the extended assessment deadline had its own timer, in the Bawaslu part with the
     * first deadline fired, move and can then be extended: the extended deadline is armed and fires; a case at the
     * plenary moves on to the examination when approved.
     */
    @Test
    void casesWhoseAssessmentDeadlineFiredBeforeTheUpgradeGetTheirExtendedDeadlineArmed() throws IOException {
        ProcessDefinition released = deployPrevious(ESCALATION_RELEASE);
        Filed late = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        driver.fireTimer(late.caseId(), FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE);
        Filed atPlenary = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        driver.toPlenary(atPlenary.caseId(), "NEUTRALITY_VIOLATION");
        for (Filed f : List.of(late, atPlenary)) {
            TrackCase c = new TrackCase("v3", f.caseId(), null);
            started.add(instanceOf(c).getId());
            assertThat(instanceOf(c).getProcessDefinitionId()).isEqualTo(released.getId());
        }

        ProcessDefinition current = deployCurrent();
        assertThat(upgrade.upgrade().migrated()).isGreaterThanOrEqualTo(2);

        TrackCase c = new TrackCase("late", late.caseId(), null);
        assertThat(instanceOf(c).getProcessDefinitionId()).isEqualTo(current.getId());
        assertThat(waiting(c).timers()).as("the fired deadline stays fired").isEmpty();
        assertThat(api.as("bawaslu.serang").post("/api/v1/cases/" + late.caseId() + "/assessment-extension",
                Map.of("reason", "Saksi kunci baru dapat hadir pekan depan.")).status()).isEqualTo(200);
        assertThat(waiting(c).timers()).containsOnlyKeys(FlowNodes.EVENT_EXTENDED_ASSESSMENT_DEADLINE);
        assertThat(driver.caseAs("bawaslu.serang", late.caseId()).path("assessment").path("overdue").asBoolean()).isFalse();
        driver.fireTimer(late.caseId(), FlowNodes.EVENT_EXTENDED_ASSESSMENT_DEADLINE);
        assertThat(driver.caseAs("bawaslu.serang", late.caseId()).path("assessment").path("overdue").asBoolean()).isTrue();

        driver.complete("komisioner.serang", atPlenary.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        assertThat(driver.task(EXAMINER, atPlenary.caseId(), FlowNodes.EXAMINATION, driver.persons(atPlenary.caseId()).get(0)))
                .isPresent();
    }

    /**
     * Cases of the release before the PPK's declared refusal and the moot track, at each stage of a track — under
     * examination, awaiting the PPK, overdue with its escalation, reported awaiting verification — move with their tasks
     * and timers and can take the new branches on the current model: a track closed as moot (the migrated track gets
     * the new event subprocess's subscription), a PPK's refusal bringing its deadline forward, and the old path to the end.
     */
    @Test
    void casesOfTheReleaseBeforeTheRefusalAndTheMootTrackMoveAndTakeTheNewBranches() throws IOException {
        ProcessDefinition released = deployPrevious(SANCTIONS_RELEASE);
        Filed examined = driver.toExamination(report("36.04", "PEMDA-36.04"));
        TrackCase underExamination = new TrackCase("under examination", examined.caseId(), driver.persons(examined.caseId()).get(0));
        started.add(instanceOf(underExamination).getId());
        TrackCase awaiting = recommended("awaiting the PPK");
        TrackCase overdue = recommended("overdue");
        driver.fireTimer(overdue.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, overdue.person());
        TrackCase reported = reported(recommended("reported"), "800/91/2026");
        // Two persons of one case, both awaiting their PPK: what one track's PPK decides must stay that track's.
        Filed pair = driver.toExamination(id.netra.support.Reports.naming(report("36.04", "PEMDA-36.04"), List.of(
                Map.of("name", "Anwar Menyanggah", "position", "Kepala Seksi", "agencyCode", "PEMDA-36.04"),
                Map.of("name", "Basuki Melapor", "position", "Kepala Seksi", "agencyCode", "PEMDA-36.04"))));
        for (UUID p : driver.persons(pair.caseId())) {
            step(pair.caseId(), p, FlowNodes.EXAMINATION);
            step(pair.caseId(), p, FlowNodes.RECOMMENDATION_APPROVAL);
        }
        TrackCase objecting = new TrackCase("objecting", pair.caseId(), driver.persons(pair.caseId()).get(0));
        TrackCase reporting = new TrackCase("reporting", pair.caseId(), driver.persons(pair.caseId()).get(1));
        started.add(instanceOf(objecting).getId());
        List<TrackCase> all = List.of(underExamination, awaiting, overdue, reported, objecting, reporting);
        Map<TrackCase, Waiting> before = new HashMap<>();
        for (TrackCase c : all) {
            assertThat(instanceOf(c).getProcessDefinitionId()).as(c + " runs on the released model").isEqualTo(released.getId());
            before.put(c, waiting(c));
        }

        ProcessDefinition current = deployCurrent();
        assertThat((long) upgrade.upgrade().migrated()).isGreaterThanOrEqualTo(all.stream().map(TrackCase::caseId).distinct().count());
        for (TrackCase c : all) {
            assertThat(instanceOf(c).getProcessDefinitionId()).as(c + " moved").isEqualTo(current.getId());
            assertThat(waiting(c)).as(c + ": the same tasks and timers, with their dates").isEqualTo(before.get(c));
            assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(instanceOf(c).getId()).eventType("signal")
                    .eventName("trackMoot-" + c.person()).count()).as(c + ": the track can be closed as moot").isEqualTo(1);
            assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(instanceOf(c).getId()).eventType("signal")
                    .eventName("clarificationRequested-" + c.person()).count()).as(c + ": clarification can be asked").isEqualTo(1);
        }

        // Under examination: clarification is asked of the PPK, whose officers get the task.
        assertThat(api.as(EXAMINER).post("/api/v1/cases/" + underExamination.caseId() + "/persons/" + underExamination.person()
                + "/clarification", Map.of("addressee", "PPK", "letterNumber", "B-77/BKN/2026", "questions", "Mohon penjelasan.")).status())
                .isEqualTo(200);
        assertThat(driver.task(PPK, underExamination.caseId(), FlowNodes.EXAMINATION_CLARIFICATION, underExamination.person())).isPresent();

        // Then the person retired; the track (its clarification too) and the case close, the process ends.
        assertThat(api.as(EXAMINER).post("/api/v1/cases/" + underExamination.caseId() + "/persons/" + underExamination.person() + "/moot",
                Map.of("reason", "RETIRED", "effectiveOn", id.netra.platform.Today.date().minusDays(1).toString())).status()).isEqualTo(200);
        assertThat(track(underExamination)).isEqualTo("CLOSED_MOOT");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(underExamination.caseId().toString()).count())
                .isZero();

        // Awaiting the PPK: it refuses; the deadline is reached now and fires into the escalation.
        driver.complete(PPK, awaiting.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, awaiting.person(),
                Map.of("refused", true, "notes", "PPK tidak akan menjatuhkan hukuman."));
        assertThat(driver.task(EXAMINER, awaiting.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, awaiting.person())).isEmpty();
        driver.fireTimer(awaiting.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, awaiting.person());
        assertOverdue(awaiting);

        // Overdue with its escalation open: the person died; the block is lifted, the case closes as moot.
        assertOverdue(overdue);
        assertThat(api.as(EXAMINER).post("/api/v1/cases/" + overdue.caseId() + "/persons/" + overdue.person() + "/moot",
                Map.of("reason", "DIED", "effectiveOn", id.netra.platform.Today.date().toString())).status()).isEqualTo(200);
        assertThat(blocked(overdue)).isFalse();
        assertThat(driver.caseAs(EXAMINER, overdue.caseId()).path("status").asText()).isEqualTo("CLOSED_MOOT");

        // Reported: verified on the current model as before.
        verified(reported, true);
        assertThat(track(reported)).isEqualTo("CLOSED_SANCTIONED");

        // One PPK objects, the other's report is verified: each track routes by its own values (the objection does not
        // send the other's verified follow-up to an objection's answer).
        reported(reporting, "800/92/2026");
        driver.complete(PPK, objecting.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, objecting.person(),
                Map.of("objected", true, "objection", "Terlapor hanya diundang."));
        verified(reporting, true);
        assertThat(track(reporting)).isEqualTo("CLOSED_SANCTIONED");
        assertThat(driver.task(EXAMINER, pair.caseId(), FlowNodes.OBJECTION_ANSWER, reporting.person())).isEmpty();
        assertThat(driver.task(EXAMINER, pair.caseId(), FlowNodes.OBJECTION_ANSWER, objecting.person())).isPresent();
    }

    /**
     * Cases of the release before the escalation's steps (v5): one overdue (blocked at the deadline, the ministry's
     * notice open), one overdue whose PPK reported since, and one at the PPK's confirmation. Moved, the first two keep
     * their block and their open notice, and a rejection sends the reported one back to overdue (read from its track,
     * not from the block); the third, when its deadline passes on the current model, is warned, then blocked, then
     * notified to the ministry, each with its letter.
     */
    @Test
    void casesOfTheReleaseBeforeTheEscalationStepsMoveAndNewDeadlinesEscalateInSteps() throws IOException {
        ProcessDefinition released = deployPrevious(BRANCHES_RELEASE);
        TrackCase overdue = recommended("overdue on v5");
        driver.fireTimer(overdue.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, overdue.person());
        TrackCase overdueReported = recommended("overdue on v5, reported since");
        driver.fireTimer(overdueReported.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, overdueReported.person());
        reported(overdueReported, "800/93/2026");
        TrackCase confirming = recommended("at the PPK's confirmation on v5");
        List<TrackCase> all = List.of(overdue, overdueReported, confirming);
        Map<TrackCase, Waiting> before = new HashMap<>();
        for (TrackCase c : all) {
            assertThat(instanceOf(c).getProcessDefinitionId()).as(c + " runs on the released model").isEqualTo(released.getId());
            before.put(c, waiting(c));
        }
        assertThat(blocked(overdue)).as("v5 blocked at the deadline").isTrue();

        ProcessDefinition current = deployCurrent();
        upgrade.upgrade();
        for (TrackCase c : all) {
            assertThat(instanceOf(c).getProcessDefinitionId()).as(c + " moved").isEqualTo(current.getId());
            assertThat(waiting(c)).as(c + ": the same tasks and timers, with their dates").isEqualTo(before.get(c));
        }

        // Overdue on v5: still blocked, the ministry's notice open; done, the escalation ends, the block stays.
        assertThat(blocked(overdue)).isTrue();
        driver.complete(EXAMINER, overdue.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, overdue.person(),
                Map.of("escalationLetterNumber", "B-93/BKN/2026"));
        assertThat(driver.task(EXAMINER, overdue.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, overdue.person())).isEmpty();
        assertThat(blocked(overdue)).isTrue();
        assertThat(track(overdue)).isEqualTo("FOLLOW_UP_OVERDUE");

        // Reported after its v5 deadline, rejected on v6: overdue again, still blocked, no second escalation.
        verified(overdueReported, false);
        assertThat(track(overdueReported)).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(blocked(overdueReported)).isTrue();
        assertThat(driver.task(EXAMINER, overdueReported.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, overdueReported.person())).isEmpty();
        reported(overdueReported, "800/94/2026");
        verified(overdueReported, true);
        assertThat(track(overdueReported)).isEqualTo("CLOSED_SANCTIONED");
        assertThat(blocked(overdueReported)).isFalse();

        // At the confirmation on v5, its deadline passes on v6: the three steps.
        driver.fireTimer(confirming.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, confirming.person());
        assertOverdue(confirming);
        driver.complete(EXAMINER, confirming.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, confirming.person(),
                Map.of("escalationLetterNumber", "B-95/BKN/2026"));
        assertThat(driver.caseAs(EXAMINER, confirming.caseId()).path("decisions").findValuesAsText("outcome"))
                .containsSubsequence("OVERDUE", "WARNED", "BLOCKED", "ESCALATED");
        reported(confirming, "800/95/2026");
        verified(confirming, true);
        assertThat(track(confirming)).isEqualTo("CLOSED_SANCTIONED");
        assertThat(blocked(confirming)).isFalse();
    }

    /** The steps of the path after the filing, each done as its officer does it, in order. */
    private static final List<String> PATH = List.of(FlowNodes.INITIAL_REVIEW, FlowNodes.CLARIFICATION, FlowNodes.ASSESSMENT,
            FlowNodes.PLENARY_DECISION, FlowNodes.EXAMINATION, FlowNodes.RECOMMENDATION_APPROVAL,
            FlowNodes.FOLLOW_UP_CONFIRMATION, FlowNodes.FOLLOW_UP_VERIFICATION);

    private void step(UUID caseId, String key) {
        step(caseId, driver.persons(caseId).get(0), key);
    }

    private void step(UUID caseId, UUID person, String key) {
        switch (key) {
            case FlowNodes.INITIAL_REVIEW -> driver.complete("bawaslu.serang", caseId, key,
                    Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
            case FlowNodes.CLARIFICATION -> driver.complete("bawaslu.serang", caseId, key, Map.of("hearings", List.of(
                    Map.of("party", "REPORTED", "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(),
                            "summary", "Terlapor mengakui unggahan."))));
            case FlowNodes.ASSESSMENT -> driver.complete("bawaslu.serang", caseId, key, Map.of("conclusion",
                    "NEUTRALITY_VIOLATION", "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Unsur terpenuhi."));
            case FlowNodes.PLENARY_DECISION -> driver.complete("komisioner.serang", caseId, key, Plenary.approved());
            case FlowNodes.EXAMINATION -> driver.complete(EXAMINER, caseId, key, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
            case FlowNodes.RECOMMENDATION_APPROVAL -> driver.complete("examiner.approver", caseId, key, person, Map.of("approved", true));
            case FlowNodes.FOLLOW_UP_CONFIRMATION -> driver.complete(PPK, caseId, key, person, Map.of("sanctionImposed", true,
                    "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/90/2026", "decreeDate", id.netra.platform.Today.date().toString()));
            case FlowNodes.FOLLOW_UP_VERIFICATION -> driver.complete(EXAMINER, caseId, key, person, Map.of("accepted", true));
            default -> throw new IllegalArgumentException(key);
        }
    }

    /**
     * Cases of the release with the per-person tracks at every stage before the follow-up — the initial review, awaiting
     * the reporter's completion, the clarification, the assessment, the plenary, the examination and its approval —
     * move onto the current model keeping their tasks and timers, and each is then carried to its end on it: the
     * remaining steps done by their officers, the PPK's deadline and reminder armed on the way, the case closed with
     * its sanction.
     */
    @Test
    void casesOnTheTrackModelBeforeTheFollowUpMoveAndRunToTheirEnd() throws IOException {
        ProcessDefinition released = deployPrevious(TRACKS_RELEASE);
        Map<UUID, Integer> nextStep = new java.util.LinkedHashMap<>();
        for (int stage = 0; stage < 6; stage++) {
            Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
            for (int i = 0; i < stage; i++) {
                step(f.caseId(), PATH.get(i));
            }
            nextStep.put(f.caseId(), stage);
        }
        Filed incomplete = driver.fileReport(report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", incomplete.caseId(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true,
                "materialRequirementsMet", false, "missingItems", "Lampirkan tangkapan layar unggahan."));
        Map<UUID, Waiting> before = new HashMap<>();
        List<UUID> all = new ArrayList<>(nextStep.keySet());
        all.add(incomplete.caseId());
        for (UUID id : all) {
            TrackCase c = new TrackCase("stage", id, driver.persons(id).get(0));
            started.add(instanceOf(c).getId());
            assertThat(instanceOf(c).getProcessDefinitionId()).as(c + " runs on the released model").isEqualTo(released.getId());
            before.put(id, waiting(c));
        }
        assertThat(before.get(incomplete.caseId()).timers()).as("the completion window").hasSize(1);

        ProcessDefinition current = deployCurrent();
        ProcessUpgrade.Result result = upgrade.upgrade();
        assertThat(result.migrated()).isGreaterThanOrEqualTo(all.size());

        for (UUID id : all) {
            TrackCase c = new TrackCase("stage", id, driver.persons(id).get(0));
            assertThat(instanceOf(c).getProcessDefinitionId()).as(c + " moved").isEqualTo(current.getId());
            assertThat(waiting(c)).as(c + ": the same tasks and timers, with their dates").isEqualTo(before.get(id));
        }

        // The reporter completes the report on the current model; it is reviewed again from there.
        assertThat(api.post("/api/v1/public/reports/" + incomplete.trackingNumber() + "/completion",
                Map.of("statement", "Terlampir tangkapan layar."), "X-Access-Code", incomplete.accessCode()).status()).isEqualTo(200);
        nextStep.put(incomplete.caseId(), 0);
        for (var e : nextStep.entrySet()) {
            UUID id = e.getKey();
            for (int i = e.getValue(); i < PATH.size(); i++) {
                if (PATH.get(i).equals(FlowNodes.FOLLOW_UP_CONFIRMATION)) {
                    TrackCase c = new TrackCase("follow-up", id, driver.persons(id).get(0));
                    assertThat(waiting(c).timers()).as(c + ": the PPK's reminder and deadline armed on the current model")
                            .containsOnlyKeys(FlowNodes.START_EVENT_PPK_REMINDER, FlowNodes.START_EVENT_PPK_DEADLINE);
                }
                step(id, PATH.get(i));
            }
            TrackCase c = new TrackCase("ended", id, driver.persons(id).get(0));
            assertThat(track(c)).as(c.toString()).isEqualTo("CLOSED_SANCTIONED");
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).count())
                    .as(c + " ended").isZero();
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id.toString()).singleResult()
                    .getProcessDefinitionId()).as(c + " ended on the current model").isEqualTo(current.getId());
        }
    }

    private TrackCase recommended(String stage) {
        Filed f = driver.toRecommendation(report("36.04", "PEMDA-36.04"));
        TrackCase c = new TrackCase(stage, f.caseId(), driver.persons(f.caseId()).get(0));
        started.add(instanceOf(c).getId());
        return c;
    }

    private TrackCase reported(TrackCase c, String decree) {
        driver.complete(PPK, c.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, c.person(), Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", decree, "decreeDate", id.netra.platform.Today.date().toString()));
        return c;
    }

    private void verified(TrackCase c, boolean accepted) {
        driver.complete(EXAMINER, c.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, c.person(),
                accepted ? Map.of("accepted", true) : Map.of("accepted", false, "notes", "SK tidak sesuai rekomendasi."));
    }

    /**
     * The track is overdue and its escalation under way: on the current model from its first step, the warning, which
     * is then done with the block (a model of before the steps blocked at the deadline and left the ministry's notice
     * open); either way it ends blocked with the notice to the ministry open and the PPK's task still open.
     */
    private void assertOverdue(TrackCase c) {
        assertThat(track(c)).as(c.toString()).isEqualTo("FOLLOW_UP_OVERDUE");
        if (driver.task(EXAMINER, c.caseId(), FlowNodes.NON_COMPLIANCE_WARNING, c.person()).isPresent()) {
            assertThat(blocked(c)).as(c + ": not blocked before the warning").isFalse();
            driver.warnAndBlock(c.caseId(), c.person());
        }
        assertThat(blocked(c)).as(c + ": personnel data blocked").isTrue();
        assertThat(driver.task(EXAMINER, c.caseId(), FlowNodes.NON_COMPLIANCE_ESCALATION, c.person())).as(c + ": escalation").isPresent();
        assertThat(driver.task(PPK, c.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, c.person())).as(c + ": the PPK's task").isPresent();
    }

    private JsonNode person(TrackCase c) {
        return CaseDriver.person(driver.caseAs(EXAMINER, c.caseId()), c.person());
    }

    private String track(TrackCase c) {
        return person(c).path("track").path("status").asText();
    }

    private boolean blocked(TrackCase c) {
        return person(c).path("personnelDataBlocked").asBoolean();
    }

    private ProcessInstance instanceOf(TrackCase c) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(c.caseId().toString()).singleResult();
    }

    private boolean waitsForRejection(TrackCase c) {
        return runtimeService.createEventSubscriptionQuery().processInstanceId(instanceOf(c).getId()).eventType("signal")
                .eventName("followUpRejected-" + c.person()).count() == 1;
    }

    private Waiting waiting(TrackCase c) {
        String pi = instanceOf(c).getId();
        List<String> tasks = new ArrayList<>();
        for (Task t : taskService.createTaskQuery().processInstanceId(pi).list()) {
            List<String> groups = taskService.getIdentityLinksForTask(t.getId()).stream()
                    .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).sorted().toList();
            tasks.add(t.getId() + " " + t.getTaskDefinitionKey() + " due " + t.getDueDate() + " for " + groups);
        }
        Map<String, Date> timers = new HashMap<>();
        for (Job job : managementService.createJobQuery().processInstanceId(pi).timers().list()) {
            timers.put(managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                    .getActivityId(), job.getDuedate());
        }
        return new Waiting(tasks, timers);
    }

    private ProcessDefinition deployPrevious(String model) throws IOException {
        ProcessDefinition previous;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(model)) {
            previous = repositoryService.createDeployment().name("ProcessUpgradeIT previous release " + model)
                    .addInputStream("asn-neutrality-case.bpmn", in).deployWithResult().getDeployedProcessDefinitions().get(0);
        }
        assertThat(latest().getId()).isEqualTo(previous.getId());
        return previous;
    }

    private String start(ProcessDefinition definition, String caseId, String activity) {
        ProcessInstance pi = runtimeService.createProcessInstanceById(definition.getId())
                .businessKey(UUID.randomUUID().toString())
                .setVariable(ProcessVariables.CASE_ID.name(), caseId)
                .setVariable(ProcessVariables.OFFICE.name(), "upgrade-test")
                .setVariable(ProcessVariables.AGENCY.name(), "upgrade-test")
                .setVariable(ProcessVariables.SOURCE.name(), "REPORT")
                .startBeforeActivity(activity)
                .execute();
        started.add(pi.getId());
        assertThat(runtimeService.getActiveActivityIds(pi.getId())).contains(activity);
        return pi.getId();
    }

    private List<Date> timers(String pi) {
        return managementService.createJobQuery().processInstanceId(pi).timers().orderByJobDuedate().asc().list().stream()
                .map(Job::getDuedate).toList();
    }

    private ProcessInstance instance(String pi) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult();
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY).latestVersion().singleResult();
    }

    private boolean isPrevious(ProcessDefinition definition) {
        return repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult().getName() != null
                && repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult().getName()
                .contains("previous release");
    }

    private ProcessDefinition deployCurrent() throws IOException {
        try (InputStream in = new FileInputStream("bpmn/asn-neutrality-case.bpmn")) {
            return repositoryService.createDeployment().name("ProcessUpgradeIT current model")
                    .addInputStream("bpmn/asn-neutrality-case.bpmn", in).deployWithResult().getDeployedProcessDefinitions().get(0);
        }
    }
}
