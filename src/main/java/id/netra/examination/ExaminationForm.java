package id.netra.examination;

import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseRepository;
import id.netra.reference.ReferenceData;
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

/** Pemeriksaan: the examining agency's finding and the sanction class it proposes. */
@Component
public class ExaminationForm implements TaskForm {

    public enum Outcome { PROVEN, NOT_PROVEN, NOT_APPLICABLE }

    private final CaseRepository cases;
    private final CaseRecords records;
    private final ReferenceData reference;

    public ExaminationForm(CaseRepository cases, CaseRecords records, ReferenceData reference) {
        this.cases = cases;
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
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("examination_outcome", outcome.name());
        update.put("recommended_sanction", outcome == Outcome.PROVEN ? sanction : null);
        update.put("examination_reasoning", reasoning);
        if (!types.isEmpty()) {
            update.put("violation_types", types);
        }
        cases.update(ctx.caseFile().id(), update);
        records.decision(ctx.caseFile().id(), key(), ctx.taskId(), ctx.user().username(), outcome.name(), in.values());
        return Variables.of().with(ProcessVariables.EXAMINATION_OUTCOME, outcome.name());
    }
}
