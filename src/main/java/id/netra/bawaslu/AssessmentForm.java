package id.netra.bawaslu;

import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
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

/** Kajian: the conclusion Bawaslu puts to its plenary. */
@Component
public class AssessmentForm implements TaskForm {

    public enum Conclusion { NEUTRALITY_VIOLATION, NOT_A_VIOLATION, OTHER_VIOLATION }

    /**
     * Where a violation that is not the ASN's neutrality goes (UU 7/2017 art. 455(1)): administrative (Bawaslu itself),
     * election crime (the Gakkumdu centre), the organisers' code of ethics (DKPP), another law (its competent authority).
     */
    public enum OtherRoute { ADMINISTRATIVE, ELECTION_CRIME, ORGANIZER_ETHICS, OTHER_LAW }

    private final Assessments assessments;
    private final CaseRecords records;
    private final CaseStatusService statuses;
    private final ReferenceData reference;

    public AssessmentForm(Assessments assessments, CaseRecords records, CaseStatusService statuses, ReferenceData reference) {
        this.assessments = assessments;
        this.records = records;
        this.statuses = statuses;
        this.reference = reference;
    }

    @Override
    public String key() {
        return FlowNodes.ASSESSMENT;
    }

    @Override
    public List<FormField> fields() {
        return List.of(
                FormField.choice("conclusion", "Kesimpulan kajian", true, List.of(
                        new FormField.Option("NEUTRALITY_VIOLATION", "Pelanggaran netralitas ASN"),
                        new FormField.Option("NOT_A_VIOLATION", "Bukan pelanggaran"),
                        new FormField.Option("OTHER_VIOLATION", "Pelanggaran lain"))),
                FormField.multi("violationTypes", "Jenis pelanggaran", false, FormField.options(reference.violationTypes()))
                        .requiredIf("conclusion", "NEUTRALITY_VIOLATION"),
                FormField.choice("otherRoute", "Jalur penanganan lain", false, List.of(
                        new FormField.Option("ADMINISTRATIVE", "Pelanggaran administrasi"),
                        new FormField.Option("ELECTION_CRIME", "Tindak pidana pemilu (Sentra Gakkumdu)"),
                        new FormField.Option("ORGANIZER_ETHICS", "Pelanggaran kode etik penyelenggara (DKPP)"),
                        new FormField.Option("OTHER_LAW", "Pelanggaran peraturan perundang-undangan lainnya (instansi berwenang)")))
                        .requiredIf("conclusion", "OTHER_VIOLATION"),
                FormField.text("analysis", "Analisis", true));
    }


    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        in.check();
        Conclusion conclusion = in.choice("conclusion", Conclusion.class);
        List<String> types = in.codes("violationTypes");
        OtherRoute route = in.choice("otherRoute", OtherRoute.class);
        String analysis = in.text("analysis");
        assessments.record(ctx.caseFile().id(), conclusion.name(),
                conclusion == Conclusion.NEUTRALITY_VIOLATION ? types : List.of(),
                conclusion == Conclusion.OTHER_VIOLATION ? route.name() : null, analysis);
        records.decision(ctx.caseFile().id(), key(), ctx.taskId(), ctx.user().username(), conclusion.name(), in.values());
        statuses.change(ctx.caseFile().id(), CaseStatus.AWAITING_PLENARY, ctx.user().username());
        return Variables.of().with(ProcessVariables.CONCLUSION, conclusion.name());
    }
}
