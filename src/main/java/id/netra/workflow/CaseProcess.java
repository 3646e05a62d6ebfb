package id.netra.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * How the steps reach a case's process: in the words of the case, never by element id, message name or engine type.
 * Implemented at the engine's edge ({@link EngineCaseProcess}).
 */
public interface CaseProcess {

    /** Starts the case's process with its routing variables; the case id is its business key. */
    void start(UUID caseId, Variables variables);

    /** Whether the process is waiting for the reporter to complete the report. */
    boolean awaitsCompletion(UUID caseId);

    /** The reporter completed the report: the process goes back to the initial review. */
    void reportCompleted(UUID caseId);

    /** Whether the report can still be withdrawn: the process waits before registration. */
    boolean acceptsWithdrawal(UUID caseId);

    /** The reporter withdrew the report: the process ends. */
    void reportWithdrawn(UUID caseId);

    /**
     * The assessment's deadline moved: its timer now fires at {@code timerFires}, and the open Bawaslu tasks
     * (clarification, assessment, plenary decision) show {@code tasksDue}. When the first deadline's timer had fired
     * already, the extended deadline gets a timer of its own (the model's extended-deadline event subprocess); false
     * only when no timer is armed (the extended deadline has passed too).
     */
    boolean extendAssessmentDeadline(UUID caseId, Instant timerFires, Instant tasksDue);

    /**
     * The person's recommendation is addressed to another agency's PPK now: the person's open follow-up task is offered
     * to that PPK's group instead (and let go by whoever of the former PPK held it). The number of tasks moved.
     */
    int readdressFollowUp(UUID caseId, UUID personId, String fromAgency, String toAgency);

    /**
     * The PPK declared it will not impose the sanction: the person's PPK deadline is reached now, so the escalation that
     * follows a missed deadline starts at once (its timer fires as soon as the job executor takes it). False when that
     * deadline has passed already (the escalation is under way).
     */
    boolean bringPpkDeadlineForward(UUID caseId, UUID personId, Instant now);

    /**
     * The person's track cannot go on (retired, resigned, died): whatever it waits for (a task, a timer) is cancelled and
     * the track ends; the other persons' tracks go on. False when the case's process has no such track waiting.
     */
    boolean endTrack(UUID caseId, UUID personId);

    /**
     * The examining agency asked for clarification on the person: a task for the addressed party's officers opens beside
     * the examination. False when the case's process has no such track waiting.
     */
    boolean requestClarification(UUID caseId, UUID personId);

    /** The person's open examination and approval tasks show their moved deadline. */
    void examinationDueMoved(UUID caseId, UUID personId, Instant due);
}
