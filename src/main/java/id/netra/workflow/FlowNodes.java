package id.netra.workflow;

import java.util.List;

/**
 * The one catalogue of the names in {@code bpmn/asn-neutrality-case.bpmn}: the process key, the message names and
 * every flow node's id. Code and tests name the model's elements only through these constants; {@code BpmnModelTest}
 * checks they are exactly the model's, and {@code ArchitectureTest} that no class of {@code main} outside {@code workflow}
 * spells one (bar the few look-alikes it lists).
 * The values are what running process instances in users' databases carry: never rename one.
 */
public final class FlowNodes {

    public static final String PROCESS_KEY = "asn-neutrality-case";

    public static final String MESSAGE_REPORT_COMPLETED = "reportCompleted";
    public static final String MESSAGE_REPORT_WITHDRAWN = "reportWithdrawn";
    /** The assessment's one extension, given after its first deadline's timer fired: arms the extended deadline. */
    public static final String MESSAGE_ASSESSMENT_EXTENDED_LATE = "assessmentExtendedLate";
    public static final List<String> MESSAGES = List.of(MESSAGE_REPORT_COMPLETED, MESSAGE_REPORT_WITHDRAWN,
            MESSAGE_ASSESSMENT_EXTENDED_LATE);

    /**
     * Thrown by {@link #EVENT_FOLLOW_UP_REJECTED} on each rejected follow-up and caught by
     * {@link #EVENT_REJECTED_AFTER_DEADLINE}. Signals are broadcast to every process instance: the name carries the
     * track's person (a UUID of its own per case and person), so a rejection reaches its own track's wait only.
     */
    public static final String SIGNAL_FOLLOW_UP_REJECTED = "followUpRejected-${personId}";
    /** Sent when a person's track can no longer go on (retired, resigned, died): ends that track only. */
    public static final String SIGNAL_TRACK_MOOT = "trackMoot-${personId}";
    /** Sent when the examining agency asks for clarification on a person: a task for the addressed party. */
    public static final String SIGNAL_CLARIFICATION_REQUESTED = "clarificationRequested-${personId}";
    public static final List<String> SIGNALS = List.of(SIGNAL_FOLLOW_UP_REJECTED, SIGNAL_TRACK_MOOT, SIGNAL_CLARIFICATION_REQUESTED);

    // User tasks: their ids are the task keys, each with one form component (TaskForm.taskKey()).
    public static final String INITIAL_REVIEW = "initialReview";
    public static final String CLARIFICATION = "clarification";
    public static final String ASSESSMENT = "assessment";
    public static final String PLENARY_DECISION = "plenaryDecision";
    public static final String EXAMINATION = "examination";
    public static final String RECOMMENDATION_APPROVAL = "recommendationApproval";
    public static final String FOLLOW_UP_CONFIRMATION = "followUpConfirmation";
    public static final String FOLLOW_UP_VERIFICATION = "followUpVerification";
    /** The escalation's first step: the written warning to the PPK who let the deadline pass. */
    public static final String NON_COMPLIANCE_WARNING = "nonComplianceWarning";
    /** The escalation's second step: the block of the person's personnel data. */
    public static final String PERSONNEL_DATA_BLOCK = "personnelDataBlock";
    /** The escalation's last step: the notice to the supervising ministry. */
    public static final String NON_COMPLIANCE_ESCALATION = "nonComplianceEscalation";
    /** The answer to the examining agency's request for clarification, recorded by the PPK's officers. */
    public static final String EXAMINATION_CLARIFICATION = "examinationClarification";
    /** The examining agency's answer to the PPK's objection (sanggahan): the recommendation upheld, or revised. */
    public static final String OBJECTION_ANSWER = "objectionAnswer";

    // Service tasks, each run by the delegate bean its delegateExpression names.
    public static final String SERVICE_TASK_REQUEST_COMPLETION = "ServiceTask_RequestCompletion";
    public static final String SERVICE_TASK_MARK_NOT_REGISTERED = "ServiceTask_MarkNotRegistered";
    public static final String SERVICE_TASK_REGISTER_CASE = "ServiceTask_RegisterCase";
    public static final String SERVICE_TASK_ASSESSMENT_OVERDUE = "ServiceTask_AssessmentOverdue";
    public static final String SERVICE_TASK_FORWARD_TO_EXAMINER = "ServiceTask_ForwardToExaminer";
    public static final String SERVICE_TASK_CLOSE_NO_VIOLATION = "ServiceTask_CloseNoViolation";
    public static final String SERVICE_TASK_FORWARD_ELSEWHERE = "ServiceTask_ForwardElsewhere";
    public static final String SERVICE_TASK_ISSUE_RECOMMENDATION = "ServiceTask_IssueRecommendation";
    public static final String SERVICE_TASK_CLOSE_NOT_PROVEN = "ServiceTask_CloseNotProven";
    public static final String SERVICE_TASK_PPK_REMINDER = "ServiceTask_PpkReminder";
    public static final String SERVICE_TASK_ESCALATE_NON_COMPLIANCE = "ServiceTask_EscalateNonCompliance";
    public static final String SERVICE_TASK_CLOSE_SANCTIONED = "ServiceTask_CloseSanctioned";

    // Start events (the two in event subprocesses are the PPK's timers).
    public static final String START_EVENT_RECEIVED = "StartEvent_Received";
    public static final String START_EVENT_BAWASLU = "StartEvent_Bawaslu";
    public static final String START_EVENT_FOLLOW_UP = "StartEvent_FollowUp";
    public static final String START_EVENT_PPK_REMINDER = "StartEvent_PpkReminder";
    public static final String START_EVENT_PPK_DEADLINE = "StartEvent_PpkDeadline";
    /** Each forwarded person's track begins here (inside {@link #SUB_PROCESS_PERSON_TRACK}). */
    public static final String START_EVENT_PERSON_TRACK = "StartEvent_PersonTrack";

    // Events the process waits for after Gateway_AwaitCompletion: a message or a timer.
    public static final String EVENT_REPORT_COMPLETED = "Event_ReportCompleted";
    public static final String EVENT_COMPLETION_WINDOW_PASSED = "Event_CompletionWindowPassed";
    public static final String EVENT_REPORT_WITHDRAWN = "Event_ReportWithdrawn";

    // The follow-up's rejection, thrown on the way back to the PPK; caught when the PPK's deadline passed while the
    // rejected report awaited its verification (the escalation waits there instead of ending).
    public static final String EVENT_FOLLOW_UP_REJECTED = "Event_FollowUpRejected";
    public static final String EVENT_REJECTED_AFTER_DEADLINE = "Event_RejectedAfterDeadline";

    // Boundary events: the assessment timer, the withdrawal message.
    public static final String BOUNDARY_ASSESSMENT_DEADLINE = "Boundary_AssessmentDeadline";
    public static final String BOUNDARY_REPORT_WITHDRAWN = "Boundary_ReportWithdrawn";

    // The assessment's deadline extended after it passed (its boundary timer fires once): an event subprocess of the
    // Bawaslu part, started by a message, waits for the extended deadline and notes it overdue in its turn.
    public static final String SUB_PROCESS_EXTENDED_ASSESSMENT_DEADLINE = "SubProcess_ExtendedAssessmentDeadline";
    public static final String START_EVENT_ASSESSMENT_EXTENDED_LATE = "StartEvent_AssessmentExtendedLate";
    public static final String EVENT_EXTENDED_ASSESSMENT_DEADLINE = "Event_ExtendedAssessmentDeadline";
    public static final String SERVICE_TASK_EXTENDED_ASSESSMENT_OVERDUE = "ServiceTask_ExtendedAssessmentOverdue";
    public static final String END_EVENT_EXTENDED_ASSESSMENT_OVERDUE_NOTED = "EndEvent_ExtendedAssessmentOverdueNoted";

    // Gateways.
    public static final String GATEWAY_SOURCE = "Gateway_Source";
    public static final String GATEWAY_REVIEW_MERGE = "Gateway_ReviewMerge";
    public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
    public static final String GATEWAY_ASSESSMENT_MERGE = "Gateway_AssessmentMerge";
    public static final String GATEWAY_PLENARY = "Gateway_Plenary";
    public static final String GATEWAY_CONCLUSION = "Gateway_Conclusion";
    public static final String GATEWAY_EXAMINATION_MERGE = "Gateway_ExaminationMerge";
    public static final String GATEWAY_APPROVAL = "Gateway_Approval";
    public static final String GATEWAY_CONFIRMATION_MERGE = "Gateway_ConfirmationMerge";
    public static final String GATEWAY_VERIFICATION = "Gateway_Verification";
    public static final String GATEWAY_ALREADY_REPORTED = "Gateway_AlreadyReported";
    public static final String GATEWAY_ESCALATION_MERGE = "Gateway_EscalationMerge";
    /** After the PPK's report: a declared refusal goes back to the PPK (the deadline brought forward), else to verification. */
    public static final String GATEWAY_FOLLOW_UP_REFUSED = "Gateway_FollowUpRefused";
    /** After the follow-up: an objection goes to the examining agency's answer, else the track closes sanctioned. */
    public static final String GATEWAY_FOLLOW_UP_OUTCOME = "Gateway_FollowUpOutcome";
    /** The objection's answer: upheld → the follow-up again (a new deadline); revised → the examination again. */
    public static final String GATEWAY_OBJECTION_ANSWER = "Gateway_ObjectionAnswer";
    /** The PPK objected: the follow-up ends (its timers and any escalation with it) and goes to the answer. */
    public static final String END_EVENT_FOLLOW_UP_OBJECTED = "EndEvent_FollowUpObjected";
    public static final String GATEWAY_AWAIT_COMPLETION = "Gateway_AwaitCompletion";

    // Subprocesses and event subprocesses.
    public static final String SUB_PROCESS_BAWASLU = "SubProcess_Bawaslu";
    public static final String SUB_PROCESS_FOLLOW_UP = "SubProcess_FollowUp";
    /**
     * One track per forwarded person: a parallel multi-instance subprocess over {@code caseTracks.forwarded(caseId)},
     * each instance with the local variable {@code personId}; examination, recommendation and follow-up lie inside.
     */
    public static final String SUB_PROCESS_PERSON_TRACK = "SubProcess_PersonTrack";
    public static final String EVENT_SUB_PROCESS_REMINDER = "EventSubProcess_Reminder";
    public static final String EVENT_SUB_PROCESS_ESCALATION = "EventSubProcess_Escalation";
    /**
     * Inside each track, interrupting: the person retired, resigned or died ({@link #SIGNAL_TRACK_MOOT}); whatever the
     * track waits for is cancelled and the track ends (the track's status is closed as moot before the signal).
     */
    public static final String EVENT_SUB_PROCESS_TRACK_MOOT = "EventSubProcess_TrackMoot";
    public static final String START_EVENT_TRACK_MOOT = "StartEvent_TrackMoot";
    public static final String END_EVENT_TRACK_MOOT = "EndEvent_TrackMoot";
    /**
     * Inside each track, non-interrupting: the examining agency asked for clarification
     * ({@link #SIGNAL_CLARIFICATION_REQUESTED}); the answer is a task of the PPK's officers, the examination goes on
     * beside it and its clock pauses until the answer.
     */
    public static final String EVENT_SUB_PROCESS_CLARIFICATION = "EventSubProcess_Clarification";
    public static final String START_EVENT_CLARIFICATION_REQUESTED = "StartEvent_ClarificationRequested";
    public static final String END_EVENT_CLARIFICATION_ANSWERED = "EndEvent_ClarificationAnswered";

    // End events.
    public static final String END_EVENT_NOT_REGISTERED = "EndEvent_NotRegistered";
    public static final String END_EVENT_BAWASLU_DONE = "EndEvent_BawasluDone";
    public static final String END_EVENT_ASSESSMENT_OVERDUE_NOTED = "EndEvent_AssessmentOverdueNoted";
    public static final String END_EVENT_NO_VIOLATION = "EndEvent_NoViolation";
    public static final String END_EVENT_FORWARDED_ELSEWHERE = "EndEvent_ForwardedElsewhere";
    public static final String END_EVENT_NOT_PROVEN = "EndEvent_NotProven";
    public static final String END_EVENT_FOLLOW_UP_VERIFIED = "EndEvent_FollowUpVerified";
    public static final String END_EVENT_REMINDER_SENT = "EndEvent_ReminderSent";
    public static final String END_EVENT_ESCALATION_DONE = "EndEvent_EscalationDone";
    public static final String END_EVENT_SANCTIONED = "EndEvent_Sanctioned";
    public static final String END_EVENT_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String END_EVENT_WITHDRAWN_AWAITING_COMPLETION = "EndEvent_WithdrawnAwaitingCompletion";
    /** After every person's track has ended. (EndEvent_NotProven and EndEvent_Sanctioned end one track.) */
    public static final String END_EVENT_TRACKS_ENDED = "EndEvent_TracksEnded";

    // Lanes: who acts. Not flow nodes; each flow node is in exactly one of them.
    public static final String LANE_BAWASLU = "Lane_Bawaslu";
    public static final String LANE_EXAMINING_AGENCY = "Lane_ExaminingAgency";
    public static final String LANE_PPK = "Lane_Ppk";
    public static final List<String> LANES = List.of(LANE_BAWASLU, LANE_EXAMINING_AGENCY, LANE_PPK);

    /**
     * The wait states of the part Bawaslu handles, before the forwarding: the activities a running instance of an older
     * version may be in to be migrated to the latest version (ProcessUpgrade). Past the forwarding an instance stays on
     * its version: its examination cannot be moved into a person's track (a multi-instance body cannot be added).
     */
    public static final List<String> PRE_FORWARDING_WAIT_STATES = List.of(INITIAL_REVIEW, BOUNDARY_REPORT_WITHDRAWN,
            GATEWAY_AWAIT_COMPLETION, EVENT_REPORT_COMPLETED, EVENT_COMPLETION_WINDOW_PASSED, EVENT_REPORT_WITHDRAWN,
            SUB_PROCESS_BAWASLU, BOUNDARY_ASSESSMENT_DEADLINE, CLARIFICATION, ASSESSMENT, PLENARY_DECISION);

    /** The user tasks of a person's track: each stores its person on the task (the create listener caseTracks.tag). */
    public static final List<String> TRACK_TASK_KEYS = List.of(EXAMINATION, RECOMMENDATION_APPROVAL, FOLLOW_UP_CONFIRMATION,
            FOLLOW_UP_VERIFICATION, NON_COMPLIANCE_WARNING, PERSONNEL_DATA_BLOCK, NON_COMPLIANCE_ESCALATION,
            EXAMINATION_CLARIFICATION, OBJECTION_ANSWER);

    /** The user tasks' keys, in the order of the path. */
    public static final List<String> TASK_KEYS = List.of(INITIAL_REVIEW, CLARIFICATION, ASSESSMENT, PLENARY_DECISION,
            EXAMINATION, EXAMINATION_CLARIFICATION, RECOMMENDATION_APPROVAL, FOLLOW_UP_CONFIRMATION, OBJECTION_ANSWER,
            FOLLOW_UP_VERIFICATION, NON_COMPLIANCE_WARNING, PERSONNEL_DATA_BLOCK, NON_COMPLIANCE_ESCALATION);

    private FlowNodes() {
    }
}
