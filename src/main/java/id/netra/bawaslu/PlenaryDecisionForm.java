package id.netra.bawaslu;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.Visibility;
import id.netra.platform.ForbiddenException;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rapat pleno: the commissioners approve the assessment or send it back. Four-eyes: not the assessor. */
@Component
public class PlenaryDecisionForm implements TaskForm {

    private final CaseRecords records;
    private final CaseStatusService statuses;

    public PlenaryDecisionForm(CaseRecords records, CaseStatusService statuses) {
        this.records = records;
        this.statuses = statuses;
    }

    @Override
    public String key() {
        return FlowNodes.PLENARY_DECISION;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.bool("approved", "Kajian disetujui pleno", true),
                FormField.text("notes", "Catatan pleno", false).requiredWhen("approved = false"));
    }

    @Override
    public void checkMayDecide(CaseFile caseFile, NetraUser user) {
        if (records.lastDecider(caseFile.id(), FlowNodes.ASSESSMENT).filter(user.username()::equals).isPresent()) {
            throw new ForbiddenException("Prinsip empat mata: keputusan pleno harus diambil oleh orang lain dari penyusun kajian.");
        }
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        Boolean approved = in.bool("approved", true);
        String notes = in.text("notes", Boolean.FALSE.equals(approved));
        in.check();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("approved", approved);
        payload.put("notes", notes);
        records.decision(ctx.caseFile().id(), key(), ctx.taskId(), ctx.user().username(), approved ? "APPROVED" : "REJECTED", payload);
        if (!approved) {
            statuses.change(ctx.caseFile().id(), CaseStatus.UNDER_ASSESSMENT, ctx.user().username(),
                    Visibility.Note.PLENARY_SENT_BACK.text("Pleno meminta kajian ulang: " + notes));
        }
        return Variables.of().with(ProcessVariables.PLENARY_APPROVED, approved);
    }
}
