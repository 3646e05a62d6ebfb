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
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

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

    private ProcessInstance instance(UUID caseId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).singleResult();
    }

    private void fire(ProcessInstance pi, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().singleResult();
        org.assertj.core.api.Assertions.assertThat(job).as("timer " + activityId).isNotNull();
        managementService.executeJob(job.getId());
    }

    private ProcessInstance atPlenary() {
        ProcessInstance pi = finding();
        complete(task("clarification", pi));
        complete(task("assessment", pi));
        return pi;
    }

    private ProcessInstance atExamination() {
        ProcessInstance pi = atPlenary();
        complete(task("plenaryDecision", pi), withVariables("plenaryApproved", true, "conclusion", "NEUTRALITY_VIOLATION"));
        return pi;
    }

    private ProcessInstance atFollowUp() {
        ProcessInstance pi = atExamination();
        complete(task("examination", pi), withVariables("examinationOutcome", "PROVEN"));
        complete(task("recommendationApproval", pi), withVariables("recommendationApproved", true));
        return pi;
    }

    @Test
    void findingSkipsTheInitialReviewAndIsRegisteredAtOnce() {
        ProcessInstance pi = finding();
        assertThat(pi).hasPassedInOrder("StartEvent_Received", "Gateway_Source", "ServiceTask_RegisterCase")
                .hasNotPassed("initialReview").isWaitingAt("clarification");
        assertThat(task("clarification", pi)).hasCandidateGroup("bawaslu-officer:36.04");
    }

    @Test
    void completeReportIsRegistered() {
        ProcessInstance pi = report();
        assertThat(pi).isWaitingAt("initialReview");
        assertThat(task("initialReview", pi)).hasCandidateGroup("bawaslu-officer:36.04");
        org.assertj.core.api.Assertions.assertThat(task("initialReview", pi).getDueDate()).as("due date from the case").isNotNull();
        complete(task("initialReview", pi), withVariables("reviewOutcome", "REGISTER"));
        assertThat(pi).hasPassedInOrder("initialReview", "Gateway_ReviewOutcome", "ServiceTask_RegisterCase")
                .isWaitingAt("clarification");
    }

    @Test
    void transferredReportIsReviewedAgainByTheOtherOffice() {
        ProcessInstance pi = report();
        complete(task("initialReview", pi), withVariables("reviewOutcome", "TRANSFER", "office", "36.01"));
        assertThat(pi).isWaitingAt("initialReview");
        assertThat(task("initialReview", pi)).hasCandidateGroup("bawaslu-officer:36.01");
    }

    @Test
    void completedReportReturnsToInitialReview() {
        ProcessInstance pi = report();
        complete(task("initialReview", pi), withVariables("reviewOutcome", "INCOMPLETE"));
        assertThat(pi).hasPassed("ServiceTask_RequestCompletion").isWaitingAt("Gateway_AwaitCompletion");
        runtimeService.createMessageCorrelation("reportCompleted").processInstanceId(pi.getId()).correlate();
        assertThat(pi).hasPassed("Event_ReportCompleted").isWaitingAt("initialReview");
    }

    @Test
    void completionWindowPassingEndsNotRegistered() {
        ProcessInstance pi = report();
        complete(task("initialReview", pi), withVariables("reviewOutcome", "INCOMPLETE"));
        fire(pi, "Event_CompletionWindowPassed");
        assertThat(pi).hasPassed("ServiceTask_MarkNotRegistered").isEnded().hasPassed("EndEvent_NotRegistered");
    }

    @Test
    void withdrawalDuringInitialReviewEndsTheProcess() {
        ProcessInstance pi = report();
        runtimeService.createMessageCorrelation("reportWithdrawn").processInstanceId(pi.getId()).correlate();
        assertThat(pi).hasPassed("Boundary_ReportWithdrawn", "EndEvent_Withdrawn").hasNotPassed("ServiceTask_RegisterCase").isEnded();
    }

    @Test
    void withdrawalWhileAwaitingCompletionEndsTheProcess() {
        ProcessInstance pi = report();
        complete(task("initialReview", pi), withVariables("reviewOutcome", "INCOMPLETE"));
        runtimeService.createMessageCorrelation("reportWithdrawn").processInstanceId(pi.getId()).correlate();
        assertThat(pi).hasPassed("Event_ReportWithdrawn", "EndEvent_WithdrawnAwaitingCompletion").isEnded();
    }

    @Test
    void plenaryRejectionSendsTheAssessmentBack() {
        ProcessInstance pi = atPlenary();
        assertThat(task("plenaryDecision", pi)).hasCandidateGroup("bawaslu-commissioner:36.04");
        complete(task("plenaryDecision", pi), withVariables("plenaryApproved", false));
        assertThat(pi).isWaitingAt("assessment");
    }

    @Test
    void assessmentDeadlinePassingIsNotedWithoutStoppingTheWork() {
        ProcessInstance pi = finding();
        fire(pi, "Boundary_AssessmentDeadline");
        assertThat(pi).hasPassed("ServiceTask_AssessmentOverdue", "EndEvent_AssessmentOverdueNoted").isWaitingAt("clarification");
    }

    @Test
    void approvedNoViolationCloses() {
        ProcessInstance pi = atPlenary();
        complete(task("plenaryDecision", pi), withVariables("plenaryApproved", true, "conclusion", "NOT_A_VIOLATION"));
        assertThat(pi).hasPassed("ServiceTask_CloseNoViolation", "EndEvent_NoViolation").isEnded();
    }

    @Test
    void approvedOtherViolationIsForwardedElsewhere() {
        ProcessInstance pi = atPlenary();
        complete(task("plenaryDecision", pi), withVariables("plenaryApproved", true, "conclusion", "OTHER_VIOLATION"));
        assertThat(pi).hasPassed("ServiceTask_ForwardElsewhere", "EndEvent_ForwardedElsewhere").isEnded();
    }

    @Test
    void approvedNeutralityViolationGoesToTheExaminer() {
        ProcessInstance pi = atExamination();
        assertThat(pi).hasPassed("ServiceTask_ForwardToExaminer").isWaitingAt("examination");
        assertThat(task("examination", pi)).hasCandidateGroup("examiner");
    }

    @Test
    void rejectedApprovalReturnsToExamination() {
        ProcessInstance pi = atExamination();
        complete(task("examination", pi), withVariables("examinationOutcome", "PROVEN"));
        assertThat(task("recommendationApproval", pi)).hasCandidateGroup("examiner-approver");
        complete(task("recommendationApproval", pi), withVariables("recommendationApproved", false));
        assertThat(pi).isWaitingAt("examination");
    }

    @Test
    void notProvenAndNotApplicableClose() {
        for (String outcome : new String[]{"NOT_PROVEN", "NOT_APPLICABLE"}) {
            ProcessInstance pi = atExamination();
            complete(task("examination", pi), withVariables("examinationOutcome", outcome));
            complete(task("recommendationApproval", pi), withVariables("recommendationApproved", true));
            assertThat(pi).hasPassed("ServiceTask_CloseNotProven", "EndEvent_NotProven").hasNotPassed("ServiceTask_IssueRecommendation").isEnded();
        }
    }

    @Test
    void provenRecommendationGoesToThePpkAndVerifiedFollowUpCloses() {
        ProcessInstance pi = atFollowUp();
        assertThat(pi).hasPassed("ServiceTask_IssueRecommendation").isWaitingAt("followUpConfirmation");
        assertThat(task("followUpConfirmation", pi)).hasCandidateGroup("ppk:PEMDA-36.04");
        complete(task("followUpConfirmation", pi), withVariables("followUpReported", true));
        complete(task("followUpVerification", pi), withVariables("followUpAccepted", false, "followUpReported", false));
        assertThat(pi).isWaitingAt("followUpConfirmation");
        complete(task("followUpConfirmation", pi), withVariables("followUpReported", true));
        complete(task("followUpVerification", pi), withVariables("followUpAccepted", true));
        assertThat(pi).hasPassedInOrder("EndEvent_FollowUpVerified", "ServiceTask_CloseSanctioned", "EndEvent_Sanctioned").isEnded();
    }

    @Test
    void reminderBeforeThePpkDeadline() {
        ProcessInstance pi = atFollowUp();
        fire(pi, "StartEvent_PpkReminder");
        assertThat(pi).hasPassed("ServiceTask_PpkReminder", "EndEvent_ReminderSent").isWaitingAt("followUpConfirmation");
    }

    @Test
    void pastDeadlineEscalatesWhileThePpkTaskStaysOpenAndVerificationEndsBoth() {
        ProcessInstance pi = atFollowUp();
        fire(pi, "StartEvent_PpkDeadline");
        assertThat(pi).hasPassed("ServiceTask_EscalateNonCompliance").isWaitingAt("followUpConfirmation", "nonComplianceEscalation");
        assertThat(task("nonComplianceEscalation", pi)).hasCandidateGroup("examiner");
        complete(task("followUpConfirmation", pi), withVariables("followUpReported", true));
        complete(task("followUpVerification", pi), withVariables("followUpAccepted", true));
        assertThat(pi).hasPassed("EndEvent_Sanctioned").hasNotPassed("EndEvent_EscalationDone").isEnded();
    }

    @Test
    void escalationTaskCanBeDoneBeforeTheFollowUp() {
        ProcessInstance pi = atFollowUp();
        fire(pi, "StartEvent_PpkDeadline");
        complete(task("nonComplianceEscalation", pi));
        assertThat(pi).hasPassed("EndEvent_EscalationDone").isWaitingAt("followUpConfirmation");
    }

    @Test
    void noEscalationWhenThePpkHasAlreadyReported() {
        ProcessInstance pi = atFollowUp();
        complete(task("followUpConfirmation", pi), withVariables("followUpReported", true));
        fire(pi, "StartEvent_PpkDeadline");
        assertThat(pi).hasPassed("EndEvent_NoEscalationNeeded").hasNotPassed("ServiceTask_EscalateNonCompliance")
                .isWaitingAt("followUpVerification");
    }

    @Test
    void everyTimerDateComesFromTheCaseDeadlines() {
        ProcessInstance pi = atFollowUp();
        UUID caseId = UUID.fromString(pi.getBusinessKey());
        Map<String, java.time.LocalDate> due = new java.util.HashMap<>();
        jdbc.sql("SELECT kind, due_on FROM case_deadline WHERE case_id = :id").param("id", caseId)
                .query(rs -> {
                    due.put(rs.getString(1), rs.getObject(2, java.time.LocalDate.class));
                });
        Job deadline = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("StartEvent_PpkDeadline").singleResult();
        org.assertj.core.api.Assertions.assertThat(deadline.getDuedate().toInstant())
                .isEqualTo(due.get("PPK_FOLLOW_UP").plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Jakarta")).toInstant());
        Job reminder = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("StartEvent_PpkReminder").singleResult();
        org.assertj.core.api.Assertions.assertThat(reminder.getDuedate()).isBefore(deadline.getDuedate());
    }
}
