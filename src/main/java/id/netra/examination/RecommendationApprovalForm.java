package id.netra.examination;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.FourEyesApproval;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.List;

/** Approval of the examination's result. Four-eyes: not the examiner who wrote it. */
@Component
public class RecommendationApprovalForm implements TaskForm {

    private final FourEyesApproval approval;

    public RecommendationApprovalForm(CaseRecords records) {
        this.approval = new FourEyesApproval(records, FlowNodes.EXAMINATION, "Hasil pemeriksaan disetujui", "Catatan",
                "examination.approval.fourEyes");
    }

    @Override
    public String key() {
        return FlowNodes.RECOMMENDATION_APPROVAL;
    }

    @Override
    public List<FormField> fields() {
        return approval.fields();
    }

    @Override
    public String sendsBackTo() {
        return approval.authorTask();
    }

    @Override
    public void checkMayDecide(CaseFile caseFile, java.util.UUID personId, NetraUser user) {
        approval.checkMayDecide(caseFile, personId, user);
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        return Variables.of().with(ProcessVariables.RECOMMENDATION_APPROVED, approval.decide(ctx, in).approved());
    }
}
