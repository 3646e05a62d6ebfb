package id.netra.followup;

import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.Visibility;
import id.netra.casefile.Wording;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;

import java.util.List;

/**
 * One step of the escalation of a PPK who let the deadline pass (Peraturan BKN 1/2023, the SKB on ASN neutrality): the
 * written warning, the block of the personnel data, the notice to the supervising ministry — in that order, each the
 * examining agency's task recording its letter's number (a letter of its kind, in the case's letters) and noting it
 * on the person's track, which the PPK reads. The PPK's own task stays open through all three.
 */
abstract class EscalationStep implements TaskForm {

    private final CaseRecords records;
    private final PersonTracks tracks;
    private final String letterField;
    private final String letterLabel;
    private final String letterKind;
    private final String outcome;
    private final Wording note;

    EscalationStep(CaseRecords records, PersonTracks tracks, String letterField, String letterLabel, String letterKind,
                   String outcome, Wording note) {
        this.records = records;
        this.tracks = tracks;
        this.letterField = letterField;
        this.letterLabel = letterLabel;
        this.letterKind = letterKind;
        this.outcome = outcome;
        this.note = note;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.line(letterField, letterLabel, true, 120), FormField.text("notes", "Catatan", false));
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        String letter = in.text(letterField);
        refusals(ctx, in, letterField);
        in.check();
        String by = ctx.user().username();
        records.letter(ctx.caseFile().id(), ctx.personId(), letterKind, letter, by);
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), by, outcome, in.values());
        tracks.note(ctx.personId(), by, Visibility.Note.NON_COMPLIANCE.text(note.stored(letter)));
        applied(ctx, letter);
        return Variables.of();
    }

    /** The step's own refusals, beside the letter's field, before anything is recorded; none by default. */
    void refusals(TaskContext ctx, FormInput in, String letterField) {
    }

    /** What the step does beyond its record (the block's effect); nothing by default. */
    void applied(TaskContext ctx, String letter) {
    }
}
