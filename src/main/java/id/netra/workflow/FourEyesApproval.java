package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.platform.ForbiddenException;

import java.util.List;

/**
 * An approval under the four-eyes rule: someone other than who wrote the work ({@code authorTask}'s last decider)
 * approves it or sends it back; {@code approved} is required, {@code notes} when not approved. The plenary decision
 * and the recommendation approval are each one of these, with their own labels and refusal (a catalogue code).
 */
public final class FourEyesApproval {

    public static final String APPROVED = "approved";
    public static final String NOTES = "notes";

    /** The decision as validated: notes are present when not approved. */
    public record Decision(boolean approved, String notes) {

        public String outcome() {
            return approved ? "APPROVED" : "REJECTED";
        }
    }

    private final CaseRecords records;
    private final String authorTask;
    private final List<FormField> fields;
    private final String refusal;

    /** {@code refusal}: the catalogue's code of the message that refuses the author ({@link ForbiddenException#of}). */
    public FourEyesApproval(CaseRecords records, String authorTask, String approvedLabel, String notesLabel, String refusal) {
        this.records = records;
        this.authorTask = authorTask;
        this.refusal = refusal;
        this.fields = List.of(FormField.bool(APPROVED, approvedLabel, true),
                FormField.text(NOTES, notesLabel, false).requiredIf(APPROVED, false));
    }

    public List<FormField> fields() {
        return fields;
    }

    /** The task whose work this approval checks, and sends back when it does not approve. */
    public String authorTask() {
        return authorTask;
    }

    /** Refuses the user who decided the author task last (403). */
    public void checkMayDecide(CaseFile caseFile, java.util.UUID personId, NetraUser user) {
        if (records.lastDecider(caseFile.id(), personId, authorTask).filter(user.username()::equals).isPresent()) {
            throw ForbiddenException.of(refusal);
        }
    }

    /** Reads the validated input and records the decision (outcome APPROVED or REJECTED, payload approved + notes). */
    public Decision decide(TaskContext ctx, FormInput in) {
        in.check();
        Decision d = new Decision(in.bool(APPROVED), in.text(NOTES));
        records.decision(ctx.caseFile().id(), ctx.personId(), ctx.taskKey(), ctx.taskId(), ctx.user().username(), d.outcome(), in.values());
        return d;
    }
}
