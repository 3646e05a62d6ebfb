package id.netra.followup;

import id.netra.casefile.Wording;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.casefile.Visibility;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.List;

/** The examining agency verifies the PPK's follow-up; a rejection sends it back to the PPK. */
@Component
public class FollowUpVerificationForm implements TaskForm {

    private final CaseRecords records;
    private final PersonTracks tracks;
    private final FollowUps followUps;

    public FollowUpVerificationForm(CaseRecords records, PersonTracks tracks, FollowUps followUps) {
        this.records = records;
        this.tracks = tracks;
        this.followUps = followUps;
    }

    @Override
    public String key() {
        return FlowNodes.FOLLOW_UP_VERIFICATION;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.bool("accepted", "Tindak lanjut diterima", true),
                FormField.text("notes", "Catatan", false).requiredIf("accepted", false));
    }

    /** A rejected follow-up goes back to the PPK's confirmation. */
    @Override
    public String sendsBackTo() {
        return FlowNodes.FOLLOW_UP_CONFIRMATION;
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        Boolean accepted = in.bool("accepted");
        String notes = in.text("notes");
        if (Boolean.TRUE.equals(accepted) && followUps.find(ctx.personId()).map(FollowUps.FollowUp::imposedSanction).isEmpty()) {
            in.errorCode("accepted", "followup.verification.notImposed");
        }
        in.check();
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), ctx.user().username(), accepted ? "ACCEPTED" : "REJECTED", in.values());
        if (!accepted) {
            TrackStatus back = followUps.personnelDataBlocked(ctx.personId()) ? TrackStatus.FOLLOW_UP_OVERDUE : TrackStatus.RECOMMENDATION_ISSUED;
            tracks.change(ctx.personId(), back, ctx.user().username(),
                    Visibility.Note.FOLLOW_UP_REJECTED.text(Wording.FOLLOW_UP_REJECTED.stored(notes)));
        }
        return Variables.of().with(ProcessVariables.FOLLOW_UP_ACCEPTED, accepted)
                .with(ProcessVariables.FOLLOW_UP_REPORTED, accepted);
    }
}
