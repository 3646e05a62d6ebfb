package id.netra.bawaslu;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.Visibility;
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

/** Rapat pleno: the commissioners approve the assessment or send it back. Four-eyes: not the assessor. */
@Component
public class PlenaryDecisionForm implements TaskForm {

    private final FourEyesApproval approval;
    private final CaseStatusService statuses;

    public PlenaryDecisionForm(CaseRecords records, CaseStatusService statuses) {
        this.approval = new FourEyesApproval(records, FlowNodes.ASSESSMENT, "Kajian disetujui pleno", "Catatan pleno",
                "Prinsip empat mata: keputusan pleno harus diambil oleh orang lain dari penyusun kajian.");
        this.statuses = statuses;
    }

    @Override
    public String key() {
        return FlowNodes.PLENARY_DECISION;
    }

    @Override
    public List<FormField> fields() {
        return approval.fields();
    }

    @Override
    public void checkMayDecide(CaseFile caseFile, NetraUser user) {
        approval.checkMayDecide(caseFile, user);
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        FourEyesApproval.Decision decision = approval.decide(ctx, in);
        if (!decision.approved()) {
            statuses.change(ctx.caseFile().id(), CaseStatus.UNDER_ASSESSMENT, ctx.user().username(),
                    Visibility.Note.PLENARY_SENT_BACK.text("Pleno meminta kajian ulang: " + decision.notes()));
        }
        return Variables.of().with(ProcessVariables.PLENARY_APPROVED, decision.approved());
    }
}
