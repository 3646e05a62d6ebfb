package id.netra.followup;

import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.Visibility;
import id.netra.reference.ReferenceData;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The PPK reports its follow-up: the sanction imposed and the decree (SK) that imposed it. */
@Component
public class FollowUpConfirmationForm implements TaskForm {

    private final CaseRepository cases;
    private final CaseRecords records;
    private final CaseStatusService statuses;
    private final ReferenceData reference;

    public FollowUpConfirmationForm(CaseRepository cases, CaseRecords records, CaseStatusService statuses, ReferenceData reference) {
        this.cases = cases;
        this.records = records;
        this.statuses = statuses;
        this.reference = reference;
    }

    @Override
    public String key() {
        return FlowNodes.FOLLOW_UP_CONFIRMATION;
    }

    @Override
    public List<FormField> fields() {
        return List.of(
                FormField.bool("sanctionImposed", "Sanksi sudah dijatuhkan", true),
                FormField.choice("sanctionClass", "Jenis sanksi yang dijatuhkan", false,
                        FormField.options(reference.sanctionClasses()))
                        .requiredIf("sanctionImposed", true),
                FormField.line("decreeNumber", "Nomor surat keputusan (SK)", false, 120).requiredIf("sanctionImposed", true),
                FormField.date("decreeDate", "Tanggal surat keputusan", false).requiredIf("sanctionImposed", true).notInFuture(),
                FormField.text("notes", "Keterangan", false).requiredIf("sanctionImposed", false));
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        Boolean imposed = in.bool("sanctionImposed");
        boolean req = Boolean.TRUE.equals(imposed);
        String sanction = in.text("sanctionClass");
        String decree = in.text("decreeNumber");
        LocalDate decreeDate = in.date("decreeDate");
        if (decreeDate != null) {
            if (ctx.caseFile().recommendedAt() != null
                    && decreeDate.isBefore(ctx.caseFile().recommendedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1))) {
                in.error("decreeDate", "Tanggal surat keputusan tidak boleh sebelum rekomendasi diterbitkan.");
            }
        }
        in.check();
        Map<String, Object> update = new HashMap<>();
        update.put("imposed_sanction", req ? sanction : null);
        update.put("decree_number", req ? decree : null);
        update.put("decree_date", req ? decreeDate : null);
        cases.update(ctx.caseFile().id(), update);
        records.decision(ctx.caseFile().id(), key(), ctx.taskId(), ctx.user().username(), req ? "IMPOSED" : "NOT_IMPOSED", in.values());
        statuses.change(ctx.caseFile().id(), CaseStatus.FOLLOW_UP_REPORTED, ctx.user().username(),
                Visibility.Note.FOLLOW_UP_REPORTED.text(req ? "SK " + decree : "PPK melaporkan sanksi belum dijatuhkan"));
        return Variables.of().with(ProcessVariables.FOLLOW_UP_REPORTED, true);
    }
}
