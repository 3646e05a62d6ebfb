package id.netra.followup;

import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.casefile.Visibility;
import id.netra.casefile.Wording;
import id.netra.examination.ExaminationService;
import id.netra.platform.Today;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The examining agency's answer to the PPK's objection (sanggahan) to a recommendation, by letter: the recommendation
 * is upheld — the PPK follows it up again, on a new deadline counted from the answer — or revised: the person is
 * examined again, and a new recommendation needs a new approval (four-eyes) and gets a new number.
 */
@Component
public class ObjectionAnswerForm implements TaskForm {

    enum Decision { UPHELD, REVISED }

    private final CaseRecords records;
    private final PersonTracks tracks;
    private final ExaminationService examination;

    public ObjectionAnswerForm(CaseRecords records, PersonTracks tracks, ExaminationService examination) {
        this.records = records;
        this.tracks = tracks;
        this.examination = examination;
    }

    @Override
    public String key() {
        return FlowNodes.OBJECTION_ANSWER;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.choice("objectionDecision", "Jawaban atas sanggahan", true, List.of(
                        new FormField.Option(Decision.UPHELD.name(), "Rekomendasi tetap: PPK menindaklanjuti"),
                        new FormField.Option(Decision.REVISED.name(), "Sanggahan diterima: rekomendasi ditinjau ulang (periksa lagi)"))),
                FormField.text("answer", "Pertimbangan jawaban", true),
                FormField.line("answerLetterNumber", "Nomor surat jawaban", true, 120));
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        Decision decision = in.choice("objectionDecision", Decision.class);
        in.check();
        String by = ctx.user().username();
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), by, decision.name(), in.values());
        records.letter(ctx.caseFile().id(), ctx.personId(), "OBJECTION_ANSWER", in.text("answerLetterNumber"), by);
        if (decision == Decision.UPHELD) {
            examination.followUpFrom(ctx.caseFile(), ctx.personId(), Today.date(), true);
            Visibility.NoteText upheld = Visibility.Note.OBJECTION.text(Wording.OBJECTION_UPHELD.stored());
            if (tracks.status(ctx.personId()).orElse(null) == TrackStatus.OBJECTION_PENDING) {
                tracks.change(ctx.personId(), TrackStatus.RECOMMENDATION_ISSUED, by, upheld);
            } else {
                // An objection recorded before the track had OBJECTION_PENDING: it stayed RECOMMENDATION_ISSUED.
                tracks.note(ctx.personId(), by, upheld);
            }
        } else {
            examination.examinationFrom(ctx.caseFile(), ctx.personId(), Today.date());
            tracks.change(ctx.personId(), TrackStatus.UNDER_EXAMINATION, by, Visibility.Note.OBJECTION.text(Wording.OBJECTION_REVISED.stored()));
        }
        return Variables.of().with(ProcessVariables.FOLLOW_UP_OBJECTED, false)
                .with(ProcessVariables.OBJECTION_UPHELD, decision == Decision.UPHELD);
    }
}
