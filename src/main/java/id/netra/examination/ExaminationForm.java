package id.netra.examination;

import id.netra.casefile.CaseRecords;
import id.netra.reference.ReferenceData;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.List;

/** Pemeriksaan: the examining agency's finding on one person's track and the sanction class it proposes. */
@Component
public class ExaminationForm implements TaskForm {

    public enum Outcome { PROVEN, NOT_PROVEN, NOT_APPLICABLE }

    private final Examinations examinations;
    private final CaseRecords records;
    private final ReferenceData reference;

    public ExaminationForm(Examinations examinations, CaseRecords records, ReferenceData reference) {
        this.examinations = examinations;
        this.records = records;
        this.reference = reference;
    }

    @Override
    public String key() {
        return FlowNodes.EXAMINATION;
    }

    @Override
    public List<FormField> fields() {
        return List.of(
                FormField.choice("outcome", "Hasil pemeriksaan", true, List.of(
                        new FormField.Option("PROVEN", "Terbukti"),
                        new FormField.Option("NOT_PROVEN", "Tidak terbukti"),
                        new FormField.Option("NOT_APPLICABLE", "Tidak dapat diterapkan (mis. ASN sudah pensiun)"))),
                FormField.choice("sanctionClass", "Jenis sanksi yang direkomendasikan", false, FormField.options(reference.sanctionClasses()))
                        .requiredIf("outcome", "PROVEN"),
                FormField.multi("violationTypes", "Jenis pelanggaran", false, FormField.options(reference.violationTypes())),
                FormField.text("reasoning", "Pertimbangan", true));
    }


    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        in.check();
        Outcome outcome = in.choice("outcome", Outcome.class);
        String sanction = in.text("sanctionClass");
        List<String> types = in.codes("violationTypes");
        String reasoning = in.text("reasoning");
        examinations.record(ctx.personId(), ctx.caseFile().id(), outcome, outcome == Outcome.PROVEN ? sanction : null, types,
                reasoning, ctx.user().username());
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), ctx.user().username(), outcome.name(), in.values());
        return Variables.of().with(ProcessVariables.EXAMINATION_OUTCOME, outcome.name());
    }
}
