package id.netra.workflow;

import id.netra.platform.Messages;

import java.time.Instant;
import java.util.UUID;

/**
 * A task in an inbox. {@code personId} and {@code personName} name the reported person whose track the task belongs
 * to (null for a task on the whole case); {@code sentBack} says the task is back because the step that checks it
 * rejected the work ({@link TaskForm#sendsBackTo}; its page says who, when and why: {@link SentBack}). A case not yet
 * registered has no register number: its task carries the case's {@code trackingNumber} (only then: it is the handling
 * office's, who alone has tasks on such a case) and when it was received ({@code receivedAt}), to tell it apart.
 * Its {@code name} is the task's as the message catalogue says it in the reader's language (the model's name for a
 * task the catalogue does not know).
 */
public record TaskView(String id, String key, String name, UUID caseId, String registerNumber, String assignee,
                       Instant created, Instant due, UUID personId, String personName, boolean sentBack,
                       String trackingNumber, Instant receivedAt,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       InboxCase caseSummary,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
                       boolean barredByFourEyes) {

    public TaskView {
        String said = key == null ? null : Messages.orNull(Messages.currentLocale(), "task." + key);
        if (said != null) {
            name = said;
        }
    }

    public TaskView(String id, String key, String name, UUID caseId, String registerNumber, String assignee, Instant created,
                    Instant due, UUID personId, String personName, boolean sentBack, String trackingNumber, Instant receivedAt) {
        this(id, key, name, caseId, registerNumber, assignee, created, due, personId, personName, sentBack, trackingNumber,
                receivedAt, null, false);
    }

    /**
     * What an inbox row says of its case (the API's {@code GET /tasks}): its status as the caller reads it, its election
     * type, and the persons the task concerns with their agencies — a track's task its person, a task on the whole case
     * every person.
     */
    public record InboxCase(String status, String statusLabel, String electionType, java.util.List<ConcernedPerson> persons) {
    }

    public record ConcernedPerson(UUID id, String name, String agencyCode, String agencyName) {
    }

    public TaskView withCaseSummary(InboxCase summary) {
        return new TaskView(id, key, name, caseId, registerNumber, assignee, created, due, personId, personName, sentBack,
                trackingNumber, receivedAt, summary, barredByFourEyes);
    }

    /**
     * An inbox row the four-eyes rule keeps from its reader (they wrote the work this check checks): shown, so that
     * they see it waits, but not theirs to claim or decide; its page says why and whom to hand it to.
     */
    public TaskView barredByFourEyes(boolean barred) {
        return new TaskView(id, key, name, caseId, registerNumber, assignee, created, due, personId, personName, sentBack,
                trackingNumber, receivedAt, caseSummary, barred);
    }
}
