package id.netra.bawaslu;

import id.netra.casefile.Wording;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.Visibility;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Klarifikasi: the hearings of the reporter, the reported ASN, witnesses and others. */
@Component
public class ClarificationForm implements TaskForm {

    static final int MAX_HEARINGS = 50;

    private final CaseRecords records;
    private final CaseStatusService statuses;
    private final Hearings hearings;

    public ClarificationForm(CaseRecords records, CaseStatusService statuses, Hearings hearings) {
        this.hearings = hearings;
        this.records = records;
        this.statuses = statuses;
    }

    @Override
    public String key() {
        return FlowNodes.CLARIFICATION;
    }

    @Override
    public List<FormField> fields() {
        List<FormField.Option> parties = List.of(new FormField.Option("REPORTER", "Pelapor"), new FormField.Option("REPORTED", "Terlapor"),
                new FormField.Option("WITNESS", "Saksi"), new FormField.Option("OTHER", "Pihak lain"));
        // The list keeps the parties as its options too: clients read them there since before the items were declared.
        return List.of(FormField.list("hearings", "Klarifikasi yang dilakukan", "hearing[]", true,
                        MAX_HEARINGS,
                        FormField.choice("party", "Pihak", true, parties),
                        FormField.line("name", "Nama pihak yang diklarifikasi", true, 160),
                        FormField.date("heldOn", "Tanggal klarifikasi", true).notInFuture(),
                        FormField.text("summary", "Ringkasan keterangan", true))
                .withOptions(parties.toArray(FormField.Option[]::new)));
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        in.check();
        List<Hearings.Hearing> hearings = in.items("hearings").stream()
                .map(h -> new Hearings.Hearing(h.text("party"), h.text("name"), h.date("heldOn"), h.text("summary"),
                        ctx.user().username()))
                .toList();
        hearings.forEach(h -> this.hearings.record(ctx.caseFile().id(), h));
        records.decision(ctx.caseFile().id(), key(), ctx.taskId(), ctx.user().username(), "HEARD",
                Map.of("hearings", hearings.size()));
        statuses.change(ctx.caseFile().id(), CaseStatus.UNDER_ASSESSMENT, ctx.user().username(),
                Visibility.Note.HEARINGS_RECORDED.text(Wording.HEARINGS_RECORDED.stored(hearings.size())));
        return Variables.of();
    }
}
