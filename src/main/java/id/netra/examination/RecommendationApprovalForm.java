package id.netra.examination;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
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

/** Approval of the examination's result. Four-eyes: not the examiner who wrote it. */
@Component
public class RecommendationApprovalForm implements TaskForm {

    private final CaseRecords records;

    public RecommendationApprovalForm(CaseRecords records) {
        this.records = records;
    }

    @Override
    public String key() {
        return FlowNodes.RECOMMENDATION_APPROVAL;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.bool("approved", "Hasil pemeriksaan disetujui", true),
                FormField.text("notes", "Catatan", false).requiredWhen("approved = false"));
    }

    @Override
    public void checkMayDecide(CaseFile caseFile, NetraUser user) {
        if (records.lastDecider(caseFile.id(), FlowNodes.EXAMINATION).filter(user.username()::equals).isPresent()) {
            throw new ForbiddenException("Prinsip empat mata: persetujuan harus diberikan oleh orang lain dari pemeriksa.");
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
        return Variables.of().with(ProcessVariables.RECOMMENDATION_APPROVED, approved);
    }
}
