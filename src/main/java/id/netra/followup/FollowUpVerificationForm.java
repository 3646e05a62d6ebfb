package id.netra.followup;

import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
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
    private final CaseStatusService statuses;

    public FollowUpVerificationForm(CaseRecords records, CaseStatusService statuses) {
        this.records = records;
        this.statuses = statuses;
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

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        Boolean accepted = in.bool("accepted");
        String notes = in.text("notes");
        if (Boolean.TRUE.equals(accepted) && ctx.caseFile().imposedSanction() == null) {
            in.error("accepted", "Tidak dapat diterima: PPK melaporkan sanksi belum dijatuhkan.");
        }
        in.check();
        records.decision(ctx.caseFile().id(), key(), ctx.taskId(), ctx.user().username(), accepted ? "ACCEPTED" : "REJECTED", in.values());
        if (!accepted) {
            CaseStatus back = ctx.caseFile().personnelDataBlocked() ? CaseStatus.FOLLOW_UP_OVERDUE : CaseStatus.RECOMMENDATION_ISSUED;
            statuses.change(ctx.caseFile().id(), back, ctx.user().username(),
                    Visibility.Note.FOLLOW_UP_REJECTED.text("Tindak lanjut ditolak: " + notes));
        }
        return Variables.of().with(ProcessVariables.FOLLOW_UP_ACCEPTED, accepted)
                .with(ProcessVariables.FOLLOW_UP_REPORTED, accepted);
    }
}
