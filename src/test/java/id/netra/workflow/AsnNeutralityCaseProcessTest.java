package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.intake.IntakeService;
import id.netra.intake.ReportRequest;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The BPMN model {@code asn-neutrality-case}: every gateway branch and every timer (fired explicitly), on the real
 * engine and database. Tasks are completed with routing variables directly; the forms are tested over HTTP.
 */
class AsnNeutralityCaseProcessTest extends IntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IntakeService intake;
    @Autowired
    ObjectMapper json;

    static final NetraUser OFFICER = new NetraUser("bawaslu.serang", "Petugas", Role.BAWASLU_OFFICER, "36.04", null);

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    private ProcessInstance report() {
        ReportRequest request = json.convertValue(Reports.report("36.04", "PEMDA-36.04"), ReportRequest.class);
        String tn = intake.submitReport(request).trackingNumber();
        UUID id = jdbc.sql("SELECT id FROM case_file WHERE tracking_number = :tn").param("tn", tn).query(UUID.class).single();
        return instance(id);
    }

    private ProcessInstance finding() {
        ReportRequest request = json.convertValue(Reports.finding("36.04", "PEMDA-36.04"), ReportRequest.class);
        return instance(intake.recordFinding(request, OFFICER).caseId());
    }

    /** A finding naming the camat of Kabupaten Serang and two lurah of Kota Serang. */
    private ProcessInstance findingOfThree() {
        ReportRequest request = json.convertValue(Reports.naming(Reports.finding("36.04", "PEMDA-36.04"),
                Reports.camatAndTwoLurah()), ReportRequest.class);
        return instance(intake.recordFinding(request, OFFICER).caseId());
    }

    private ProcessInstance instance(UUID caseId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).singleResult();
    }

    private void fire(ProcessInstance pi, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().singleResult();
        org.assertj.core.api.Assertions.assertThat(job).as("timer " + activityId).isNotNull();
        managementService.executeJob(job.getId());
    }

    private void fire(ProcessInstance pi, String activityId, UUID person) {
        for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().list()) {
            Object p = runtimeService.getVariable(job.getExecutionId(), CaseTracks.PERSON_ID);
            if (person.toString().equals(p)) {
                managementService.executeJob(job.getId());
                return;
            }
        }
        throw new AssertionError("no timer " + activityId + " for " + person);
    }

    /** The tasks here are completed with their routing variables; what their forms write to the case is set here. */
    private void formsWouldHaveSet(ProcessInstance pi, String status) {
        jdbc.sql("UPDATE case_file SET status = :s WHERE id = CAST(:id AS uuid)").param("s", status).param("id", pi.getBusinessKey()).update();
    }

    private void trackWouldBe(UUID person, String status) {
        jdbc.sql("UPDATE person_track SET status = :s WHERE person_id = :p").param("s", status).param("p", person).update();
    }

    private List<UUID> persons(ProcessInstance pi) {
        return jdbc.sql("SELECT id FROM case_person WHERE case_id = CAST(:id AS uuid) ORDER BY ordinal")
                .param("id", pi.getBusinessKey()).query(UUID.class).list();
    }

    private String caseStatus(ProcessInstance pi) {
        return jdbc.sql("SELECT status FROM case_file WHERE id = CAST(:id AS uuid)").param("id", pi.getBusinessKey()).query(String.class).single();
    }

    private String trackStatus(UUID person) {
        return jdbc.sql("SELECT status FROM person_track WHERE person_id = :p").param("p", person).query(String.class).single();
    }

    /** The open task of this key on this person's track. */
    private Task taskOf(ProcessInstance pi, String key, UUID person) {
        Task t = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .taskVariableValueEquals(CaseTracks.PERSON_ID, person.toString()).singleResult();
        org.assertj.core.api.Assertions.assertThat(t).as(key + " of " + person).isNotNull();
        return t;
    }

    private ProcessInstance atPlenary() {
        return atPlenary(finding());
    }

    private ProcessInstance atPlenary(ProcessInstance pi) {
        complete(task(FlowNodes.CLARIFICATION, pi));
        complete(task(FlowNodes.ASSESSMENT, pi));
        formsWouldHaveSet(pi, "AWAITING_PLENARY");
        return pi;
    }

    private ProcessInstance atExamination() {
        ProcessInstance pi = atPlenary();
        complete(task(FlowNodes.PLENARY_DECISION, pi), withVariables("plenaryApproved", true, "conclusion", "NEUTRALITY_VIOLATION"));
        return pi;
    }

    private ProcessInstance atFollowUp() {
        ProcessInstance pi = atExamination();
        complete(task(FlowNodes.EXAMINATION, pi), withVariables("examinationOutcome", "PROVEN"));
        complete(task(FlowNodes.RECOMMENDATION_APPROVAL, pi), withVariables("recommendationApproved", true));
        return pi;
    }

    /** The PPK reports (the form would move the track) and the examiner accepts. */
    private void reportedAndAccepted(ProcessInstance pi, UUID person) {
        complete(taskOf(pi, FlowNodes.FOLLOW_UP_CONFIRMATION, person), withVariables("followUpReported", true));
        trackWouldBe(person, "FOLLOW_UP_REPORTED");
        complete(taskOf(pi, FlowNodes.FOLLOW_UP_VERIFICATION, person), withVariables("followUpAccepted", true));
    }

    @Test
    void findingSkipsTheInitialReviewAndIsRegisteredAtOnce() {
        ProcessInstance pi = finding();
        assertThat(pi).hasPassedInOrder(FlowNodes.START_EVENT_RECEIVED, FlowNodes.GATEWAY_SOURCE, FlowNodes.SERVICE_TASK_REGISTER_CASE)
                .hasNotPassed(FlowNodes.INITIAL_REVIEW).isWaitingAt(FlowNodes.CLARIFICATION);
        assertThat(task(FlowNodes.CLARIFICATION, pi)).hasCandidateGroup("bawaslu-officer:36.04");
    }

    @Test
    void completeReportIsRegistered() {
        ProcessInstance pi = report();
        assertThat(pi).isWaitingAt(FlowNodes.INITIAL_REVIEW);
        assertThat(task(FlowNodes.INITIAL_REVIEW, pi)).hasCandidateGroup("bawaslu-officer:36.04");
        org.assertj.core.api.Assertions.assertThat(task(FlowNodes.INITIAL_REVIEW, pi).getDueDate()).as("due date from the case").isNotNull();
        complete(task(FlowNodes.INITIAL_REVIEW, pi), withVariables("reviewOutcome", "REGISTER"));
        assertThat(pi).hasPassedInOrder(FlowNodes.INITIAL_REVIEW, FlowNodes.GATEWAY_REVIEW_OUTCOME, FlowNodes.SERVICE_TASK_REGISTER_CASE)
                .isWaitingAt(FlowNodes.CLARIFICATION);
    }

    @Test
    void transferredReportIsReviewedAgainByTheOtherOffice() {
        ProcessInstance pi = report();
        complete(task(FlowNodes.INITIAL_REVIEW, pi), withVariables("reviewOutcome", "TRANSFER", "office", "36.01"));
        assertThat(pi).isWaitingAt(FlowNodes.INITIAL_REVIEW);
        assertThat(task(FlowNodes.INITIAL_REVIEW, pi)).hasCandidateGroup("bawaslu-officer:36.01");
    }

    @Test
    void completedReportReturnsToInitialReview() {
        ProcessInstance pi = report();
        complete(task(FlowNodes.INITIAL_REVIEW, pi), withVariables("reviewOutcome", "INCOMPLETE"));
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_REQUEST_COMPLETION).isWaitingAt(FlowNodes.GATEWAY_AWAIT_COMPLETION);
        runtimeService.createMessageCorrelation(FlowNodes.MESSAGE_REPORT_COMPLETED).processInstanceId(pi.getId()).correlate();
        assertThat(pi).hasPassed(FlowNodes.EVENT_REPORT_COMPLETED).isWaitingAt(FlowNodes.INITIAL_REVIEW);
    }

    @Test
    void completionWindowPassingEndsNotRegistered() {
        ProcessInstance pi = report();
        complete(task(FlowNodes.INITIAL_REVIEW, pi), withVariables("reviewOutcome", "INCOMPLETE"));
        fire(pi, FlowNodes.EVENT_COMPLETION_WINDOW_PASSED);
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_MARK_NOT_REGISTERED).isEnded().hasPassed(FlowNodes.END_EVENT_NOT_REGISTERED);
    }

    @Test
    void withdrawalDuringInitialReviewEndsTheProcess() {
        ProcessInstance pi = report();
        runtimeService.createMessageCorrelation(FlowNodes.MESSAGE_REPORT_WITHDRAWN).processInstanceId(pi.getId()).correlate();
        assertThat(pi).hasPassed(FlowNodes.BOUNDARY_REPORT_WITHDRAWN, FlowNodes.END_EVENT_WITHDRAWN).hasNotPassed(FlowNodes.SERVICE_TASK_REGISTER_CASE).isEnded();
    }

    @Test
    void withdrawalWhileAwaitingCompletionEndsTheProcess() {
        ProcessInstance pi = report();
        complete(task(FlowNodes.INITIAL_REVIEW, pi), withVariables("reviewOutcome", "INCOMPLETE"));
        runtimeService.createMessageCorrelation(FlowNodes.MESSAGE_REPORT_WITHDRAWN).processInstanceId(pi.getId()).correlate();
        assertThat(pi).hasPassed(FlowNodes.EVENT_REPORT_WITHDRAWN, FlowNodes.END_EVENT_WITHDRAWN_AWAITING_COMPLETION).isEnded();
    }

    @Test
    void plenaryRejectionSendsTheAssessmentBack() {
        ProcessInstance pi = atPlenary();
        assertThat(task(FlowNodes.PLENARY_DECISION, pi)).hasCandidateGroup("bawaslu-commissioner:36.04");
        complete(task(FlowNodes.PLENARY_DECISION, pi), withVariables("plenaryApproved", false));
        assertThat(pi).isWaitingAt(FlowNodes.ASSESSMENT);
    }

    @Test
    void assessmentDeadlinePassingIsNotedWithoutStoppingTheWork() {
        ProcessInstance pi = finding();
        fire(pi, FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE);
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_ASSESSMENT_OVERDUE, FlowNodes.END_EVENT_ASSESSMENT_OVERDUE_NOTED).isWaitingAt(FlowNodes.CLARIFICATION);
    }

    @Test
    void approvedNoViolationCloses() {
        // (the plenary's status is the form's; formsWouldHaveSet keeps the transition table satisfied)
        ProcessInstance pi = atPlenary();
        complete(task(FlowNodes.PLENARY_DECISION, pi), withVariables("plenaryApproved", true, "conclusion", "NOT_A_VIOLATION"));
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_CLOSE_NO_VIOLATION, FlowNodes.END_EVENT_NO_VIOLATION).isEnded();
    }

    @Test
    void approvedOtherViolationIsForwardedElsewhere() {
        ProcessInstance pi = atPlenary();
        complete(task(FlowNodes.PLENARY_DECISION, pi), withVariables("plenaryApproved", true, "conclusion", "OTHER_VIOLATION"));
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_FORWARD_ELSEWHERE, FlowNodes.END_EVENT_FORWARDED_ELSEWHERE).isEnded();
    }

    @Test
    void approvedNeutralityViolationGoesToTheExaminer() {
        ProcessInstance pi = atExamination();
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_FORWARD_TO_EXAMINER).isWaitingAt(FlowNodes.EXAMINATION);
        assertThat(task(FlowNodes.EXAMINATION, pi)).hasCandidateGroup("examiner");
    }

    @Test
    void rejectedApprovalReturnsToExamination() {
        ProcessInstance pi = atExamination();
        complete(task(FlowNodes.EXAMINATION, pi), withVariables("examinationOutcome", "PROVEN"));
        assertThat(task(FlowNodes.RECOMMENDATION_APPROVAL, pi)).hasCandidateGroup("examiner-approver");
        complete(task(FlowNodes.RECOMMENDATION_APPROVAL, pi), withVariables("recommendationApproved", false));
        assertThat(pi).isWaitingAt(FlowNodes.EXAMINATION);
    }

    @Test
    void notProvenAndNotApplicableClose() {
        for (String outcome : new String[]{"NOT_PROVEN", "NOT_APPLICABLE"}) {
            ProcessInstance pi = atExamination();
            complete(task(FlowNodes.EXAMINATION, pi), withVariables("examinationOutcome", outcome));
            complete(task(FlowNodes.RECOMMENDATION_APPROVAL, pi), withVariables("recommendationApproved", true));
            assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_CLOSE_NOT_PROVEN, FlowNodes.END_EVENT_NOT_PROVEN).hasNotPassed(FlowNodes.SERVICE_TASK_ISSUE_RECOMMENDATION).isEnded();
            org.assertj.core.api.Assertions.assertThat(caseStatus(pi)).isEqualTo("CLOSED_NOT_PROVEN");
        }
    }

    @Test
    void provenRecommendationGoesToThePpkAndVerifiedFollowUpCloses() {
        ProcessInstance pi = atFollowUp();
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_ISSUE_RECOMMENDATION).isWaitingAt(FlowNodes.FOLLOW_UP_CONFIRMATION);
        assertThat(task(FlowNodes.FOLLOW_UP_CONFIRMATION, pi)).hasCandidateGroup("ppk:PEMDA-36.04");
        complete(task(FlowNodes.FOLLOW_UP_CONFIRMATION, pi), withVariables("followUpReported", true));
        complete(task(FlowNodes.FOLLOW_UP_VERIFICATION, pi), withVariables("followUpAccepted", false, "followUpReported", false));
        assertThat(pi).isWaitingAt(FlowNodes.FOLLOW_UP_CONFIRMATION);
        reportedAndAccepted(pi, persons(pi).get(0));
        assertThat(pi).hasPassedInOrder(FlowNodes.END_EVENT_FOLLOW_UP_VERIFIED, FlowNodes.SERVICE_TASK_CLOSE_SANCTIONED,
                FlowNodes.END_EVENT_SANCTIONED, FlowNodes.END_EVENT_TRACKS_ENDED).isEnded();
        org.assertj.core.api.Assertions.assertThat(caseStatus(pi)).isEqualTo("CLOSED_SANCTIONED");
    }

    @Test
    void reminderBeforeThePpkDeadline() {
        ProcessInstance pi = atFollowUp();
        fire(pi, FlowNodes.START_EVENT_PPK_REMINDER);
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_PPK_REMINDER, FlowNodes.END_EVENT_REMINDER_SENT).isWaitingAt(FlowNodes.FOLLOW_UP_CONFIRMATION);
    }

    @Test
    void pastDeadlineEscalatesWhileThePpkTaskStaysOpenAndVerificationEndsBoth() {
        ProcessInstance pi = atFollowUp();
        fire(pi, FlowNodes.START_EVENT_PPK_DEADLINE);
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_ESCALATE_NON_COMPLIANCE).isWaitingAt(FlowNodes.FOLLOW_UP_CONFIRMATION, FlowNodes.NON_COMPLIANCE_WARNING);
        assertThat(task(FlowNodes.NON_COMPLIANCE_WARNING, pi)).hasCandidateGroup("examiner");
        complete(task(FlowNodes.NON_COMPLIANCE_WARNING, pi));
        assertThat(pi).isWaitingAt(FlowNodes.FOLLOW_UP_CONFIRMATION, FlowNodes.PERSONNEL_DATA_BLOCK);
        reportedAndAccepted(pi, persons(pi).get(0));
        assertThat(pi).hasPassed(FlowNodes.END_EVENT_SANCTIONED).hasNotPassed(FlowNodes.END_EVENT_ESCALATION_DONE).isEnded();
    }

    @Test
    void theEscalationsThreeStepsWarningBlockMinistryCanAllBeDoneBeforeTheFollowUp() {
        ProcessInstance pi = atFollowUp();
        fire(pi, FlowNodes.START_EVENT_PPK_DEADLINE);
        complete(task(FlowNodes.NON_COMPLIANCE_WARNING, pi));
        assertThat(task(FlowNodes.PERSONNEL_DATA_BLOCK, pi)).hasCandidateGroup("examiner");
        complete(task(FlowNodes.PERSONNEL_DATA_BLOCK, pi));
        assertThat(task(FlowNodes.NON_COMPLIANCE_ESCALATION, pi)).hasCandidateGroup("examiner");
        complete(task(FlowNodes.NON_COMPLIANCE_ESCALATION, pi));
        assertThat(pi).hasPassedInOrder(FlowNodes.SERVICE_TASK_ESCALATE_NON_COMPLIANCE, FlowNodes.NON_COMPLIANCE_WARNING,
                FlowNodes.PERSONNEL_DATA_BLOCK, FlowNodes.NON_COMPLIANCE_ESCALATION, FlowNodes.END_EVENT_ESCALATION_DONE)
                .isWaitingAt(FlowNodes.FOLLOW_UP_CONFIRMATION);
    }

    @Test
    void deadlinePassingWhileTheReportAwaitsVerificationWaitsForTheVerification() {
        ProcessInstance pi = atFollowUp();
        complete(task(FlowNodes.FOLLOW_UP_CONFIRMATION, pi), withVariables("followUpReported", true));
        fire(pi, FlowNodes.START_EVENT_PPK_DEADLINE);
        assertThat(pi).hasPassed(FlowNodes.GATEWAY_ALREADY_REPORTED).hasNotPassed(FlowNodes.SERVICE_TASK_ESCALATE_NON_COMPLIANCE)
                .isWaitingAt(FlowNodes.FOLLOW_UP_VERIFICATION, FlowNodes.EVENT_REJECTED_AFTER_DEADLINE);
        org.assertj.core.api.Assertions.assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventType("signal").eventName("followUpRejected-" + persons(pi).get(0)).count()).isEqualTo(1);
    }

    @Test
    void rejectionAfterThePassedDeadlineEscalatesAndSendsTheFollowUpBack() {
        ProcessInstance pi = atFollowUp();
        complete(task(FlowNodes.FOLLOW_UP_CONFIRMATION, pi), withVariables("followUpReported", true));
        fire(pi, FlowNodes.START_EVENT_PPK_DEADLINE);
        complete(task(FlowNodes.FOLLOW_UP_VERIFICATION, pi), withVariables("followUpAccepted", false, "followUpReported", false));
        assertThat(pi).hasPassed(FlowNodes.EVENT_FOLLOW_UP_REJECTED)
                .hasPassedInOrder(FlowNodes.EVENT_REJECTED_AFTER_DEADLINE, FlowNodes.GATEWAY_ESCALATION_MERGE,
                        FlowNodes.SERVICE_TASK_ESCALATE_NON_COMPLIANCE)
                .isWaitingAt(FlowNodes.FOLLOW_UP_CONFIRMATION, FlowNodes.NON_COMPLIANCE_WARNING);
        org.assertj.core.api.Assertions.assertThat(trackStatus(persons(pi).get(0))).isEqualTo("FOLLOW_UP_OVERDUE");
        reportedAndAccepted(pi, persons(pi).get(0));
        assertThat(pi).hasPassed(FlowNodes.END_EVENT_SANCTIONED).isEnded();
    }

    @Test
    void acceptanceAfterThePassedDeadlineEndsTheWaitWithoutEscalation() {
        ProcessInstance pi = atFollowUp();
        complete(task(FlowNodes.FOLLOW_UP_CONFIRMATION, pi), withVariables("followUpReported", true));
        trackWouldBe(persons(pi).get(0), "FOLLOW_UP_REPORTED");
        fire(pi, FlowNodes.START_EVENT_PPK_DEADLINE);
        complete(task(FlowNodes.FOLLOW_UP_VERIFICATION, pi), withVariables("followUpAccepted", true));
        assertThat(pi).hasPassed(FlowNodes.END_EVENT_FOLLOW_UP_VERIFIED, FlowNodes.END_EVENT_SANCTIONED)
                .hasNotPassed(FlowNodes.EVENT_FOLLOW_UP_REJECTED, FlowNodes.SERVICE_TASK_ESCALATE_NON_COMPLIANCE).isEnded();
    }

    @Test
    void aRejectionReachesOnlyTheWaitOfItsOwnTrack() {
        ProcessInstance pi = atPlenary(findingOfThree());
        List<UUID> p = persons(pi);
        complete(task(FlowNodes.PLENARY_DECISION, pi), withVariables("plenaryApproved", true, "conclusion", "NEUTRALITY_VIOLATION"));
        for (UUID person : p.subList(0, 2)) {
            complete(taskOf(pi, FlowNodes.EXAMINATION, person), withVariables("examinationOutcome", "PROVEN"));
            complete(taskOf(pi, FlowNodes.RECOMMENDATION_APPROVAL, person), withVariables("recommendationApproved", true));
            complete(taskOf(pi, FlowNodes.FOLLOW_UP_CONFIRMATION, person), withVariables("followUpReported", true));
            fire(pi, FlowNodes.START_EVENT_PPK_DEADLINE, person);
        }
        org.assertj.core.api.Assertions.assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventType("signal").list().stream().filter(e -> e.getEventName().startsWith("followUpRejected-")).count())
                .as("both tracks wait for their verification").isEqualTo(2);

        complete(taskOf(pi, FlowNodes.FOLLOW_UP_VERIFICATION, p.get(1)), withVariables("followUpAccepted", false, "followUpReported", false));
        taskOf(pi, FlowNodes.NON_COMPLIANCE_WARNING, p.get(1));
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(FlowNodes.NON_COMPLIANCE_WARNING).count()).as("the rejected track's escalation only").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(trackStatus(p.get(0))).isEqualTo("RECOMMENDATION_ISSUED");
        org.assertj.core.api.Assertions.assertThat(trackStatus(p.get(1))).isEqualTo("FOLLOW_UP_OVERDUE");
        org.assertj.core.api.Assertions.assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventType("signal").list().stream().map(e -> e.getEventName()).filter(n -> n.startsWith("followUpRejected-")).toList())
                .as("the other track still waits").containsExactly("followUpRejected-" + p.get(0));
    }

    @Test
    void onePersonProvenAndOneNotAtTheExaminationSanctionsTheOneAndClosesTheCaseWhenBothEnd() {
        ProcessInstance pi = atPlenary(findingOfThree());
        List<UUID> p = persons(pi);
        // The plenary found the camat and the first lurah in violation, not the second lurah.
        jdbc.sql("INSERT INTO plenary_finding (person_id, case_id, violation, decided_by) VALUES (:a, :c, TRUE, 'k'), (:b, :c, TRUE, 'k'), (:x, :c, FALSE, 'k')")
                .param("a", p.get(0)).param("b", p.get(1)).param("x", p.get(2)).param("c", UUID.fromString(pi.getBusinessKey())).update();
        complete(task(FlowNodes.PLENARY_DECISION, pi), withVariables("plenaryApproved", true, "conclusion", "NEUTRALITY_VIOLATION"));
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(FlowNodes.EXAMINATION).count()).as("one examination per forwarded person").isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM person_track WHERE person_id = :x")
                .param("x", p.get(2)).query(Long.class).single()).as("no track for the person not in violation").isZero();

        complete(taskOf(pi, FlowNodes.EXAMINATION, p.get(0)), withVariables("examinationOutcome", "PROVEN"));
        complete(taskOf(pi, FlowNodes.EXAMINATION, p.get(1)), withVariables("examinationOutcome", "NOT_PROVEN"));
        complete(taskOf(pi, FlowNodes.RECOMMENDATION_APPROVAL, p.get(1)), withVariables("recommendationApproved", true));
        org.assertj.core.api.Assertions.assertThat(trackStatus(p.get(1))).isEqualTo("CLOSED_NOT_PROVEN");
        org.assertj.core.api.Assertions.assertThat(caseStatus(pi)).as("the camat is still examined").isEqualTo("UNDER_EXAMINATION");
        // Each track routes on its own outcome: the lurah's NOT_PROVEN did not reach the camat's track.
        complete(taskOf(pi, FlowNodes.RECOMMENDATION_APPROVAL, p.get(0)), withVariables("recommendationApproved", true));
        assertThat(pi).hasPassed(FlowNodes.SERVICE_TASK_ISSUE_RECOMMENDATION, FlowNodes.END_EVENT_NOT_PROVEN).isNotEnded();
        Task followUp = taskOf(pi, FlowNodes.FOLLOW_UP_CONFIRMATION, p.get(0));
        assertThat(followUp).hasCandidateGroup("ppk:PEMDA-36.04");
        org.assertj.core.api.Assertions.assertThat(caseStatus(pi)).isEqualTo("RECOMMENDATION_ISSUED");

        reportedAndAccepted(pi, p.get(0));
        assertThat(pi).hasPassed(FlowNodes.END_EVENT_TRACKS_ENDED).isEnded();
        org.assertj.core.api.Assertions.assertThat(caseStatus(pi)).isEqualTo("CLOSED_SANCTIONED");
        org.assertj.core.api.Assertions.assertThat(trackStatus(p.get(0))).isEqualTo("CLOSED_SANCTIONED");
    }

    @Test
    void twoPpksOneComplyingAndOneEscalatedEachOnTheirOwnClock() {
        ProcessInstance pi = atPlenary(findingOfThree());
        List<UUID> p = persons(pi);
        complete(task(FlowNodes.PLENARY_DECISION, pi), withVariables("plenaryApproved", true, "conclusion", "NEUTRALITY_VIOLATION"));
        for (UUID person : p) {
            complete(taskOf(pi, FlowNodes.EXAMINATION, person), withVariables("examinationOutcome", "PROVEN"));
            complete(taskOf(pi, FlowNodes.RECOMMENDATION_APPROVAL, person), withVariables("recommendationApproved", true));
        }
        assertThat(taskOf(pi, FlowNodes.FOLLOW_UP_CONFIRMATION, p.get(0))).hasCandidateGroup("ppk:PEMDA-36.04");
        assertThat(taskOf(pi, FlowNodes.FOLLOW_UP_CONFIRMATION, p.get(1))).hasCandidateGroup("ppk:PEMDA-36.73");
        assertThat(taskOf(pi, FlowNodes.FOLLOW_UP_CONFIRMATION, p.get(2))).hasCandidateGroup("ppk:PEMDA-36.73");
        org.assertj.core.api.Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(FlowNodes.START_EVENT_PPK_DEADLINE).count()).as("a PPK deadline per track").isEqualTo(3);

        // Kabupaten Serang complies; Kota Serang lets its deadline pass for the first lurah.
        reportedAndAccepted(pi, p.get(0));
        fire(pi, FlowNodes.START_EVENT_PPK_DEADLINE, p.get(1));
        org.assertj.core.api.Assertions.assertThat(trackStatus(p.get(0))).isEqualTo("CLOSED_SANCTIONED");
        org.assertj.core.api.Assertions.assertThat(trackStatus(p.get(1))).isEqualTo("FOLLOW_UP_OVERDUE");
        org.assertj.core.api.Assertions.assertThat(trackStatus(p.get(2))).isEqualTo("RECOMMENDATION_ISSUED");
        org.assertj.core.api.Assertions.assertThat(caseStatus(pi)).isEqualTo("FOLLOW_UP_OVERDUE");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT person_id FROM personnel_data_block WHERE blocked AND case_id = CAST(:c AS uuid)")
                .param("c", pi.getBusinessKey()).query(UUID.class).list()).as("the block is the escalation's second step, not the deadline's").isEmpty();
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(FlowNodes.NON_COMPLIANCE_WARNING).count()).as("one escalation: the overdue track's").isEqualTo(1);
        taskOf(pi, FlowNodes.NON_COMPLIANCE_WARNING, p.get(1));

        reportedAndAccepted(pi, p.get(1));
        reportedAndAccepted(pi, p.get(2));
        assertThat(pi).isEnded();
        org.assertj.core.api.Assertions.assertThat(caseStatus(pi)).isEqualTo("CLOSED_SANCTIONED");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM personnel_data_block WHERE blocked AND case_id = CAST(:c AS uuid)")
                .param("c", pi.getBusinessKey()).query(Long.class).single()).isZero();
    }

    @Test
    void everyTimerDateComesFromTheCaseDeadlines() {
        ProcessInstance pi = atFollowUp();
        UUID caseId = UUID.fromString(pi.getBusinessKey());
        Map<String, java.time.LocalDate> due = new java.util.HashMap<>();
        jdbc.sql("SELECT d.kind, d.due_on FROM track_deadline d JOIN case_person p ON p.id = d.person_id WHERE p.case_id = :id").param("id", caseId)
                .query(rs -> {
                    due.put(rs.getString(1), rs.getObject(2, java.time.LocalDate.class));
                });
        Job deadline = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(FlowNodes.START_EVENT_PPK_DEADLINE).singleResult();
        org.assertj.core.api.Assertions.assertThat(deadline.getDuedate().toInstant())
                .isEqualTo(due.get("PPK_FOLLOW_UP").plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Jakarta")).toInstant());
        Job reminder = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(FlowNodes.START_EVENT_PPK_REMINDER).singleResult();
        org.assertj.core.api.Assertions.assertThat(reminder.getDuedate()).isBefore(deadline.getDuedate());
    }
}
