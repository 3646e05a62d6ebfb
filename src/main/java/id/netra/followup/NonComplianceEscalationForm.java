package id.netra.followup;

import id.netra.casefile.CaseRecords;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The examining agency's escalation of a PPK who let the deadline pass: the letter to the ministry. */
@Component
public class NonComplianceEscalationForm implements TaskForm {

    private final CaseRecords records;

    public NonComplianceEscalationForm(CaseRecords records) {
        this.records = records;
    }

    @Override
    public String key() {
        return FlowNodes.NON_COMPLIANCE_ESCALATION;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.line("escalationLetterNumber", "Nomor surat eskalasi", true, 120),
                FormField.text("notes", "Catatan", false));
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        String letter = in.text("escalationLetterNumber");
        String notes = in.text("notes");
        in.check();
        records.letter(ctx.caseFile().id(), "ESCALATION", letter, ctx.user().username());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("escalationLetterNumber", letter);
        payload.put("notes", notes);
        records.decision(ctx.caseFile().id(), key(), ctx.taskId(), ctx.user().username(), "ESCALATED", payload);
        return Variables.of();
    }
}
