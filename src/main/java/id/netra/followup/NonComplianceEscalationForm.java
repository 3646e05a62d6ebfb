package id.netra.followup;

import id.netra.casefile.CaseRecords;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.List;

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
        in.check();
        records.letter(ctx.caseFile().id(), ctx.personId(), "ESCALATION", letter, ctx.user().username());
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), ctx.user().username(), "ESCALATED", in.values());
        return Variables.of();
    }
}
