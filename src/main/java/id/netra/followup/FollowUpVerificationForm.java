package id.netra.followup;

import id.netra.casefile.Wording;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.casefile.Visibility;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.ProcessVariables;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import id.netra.examination.Examinations;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionCatalogue.Kind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The examining agency verifies the PPK's follow-up against its recommendation, sanction by sanction; a rejection sends
 * it back to the PPK, and a sanction imposed lighter than recommended is accepted only with the reason in the notes.
 */
@Component
public class FollowUpVerificationForm implements TaskForm {

    private final CaseRecords records;
    private final PersonTracks tracks;
    private final FollowUps followUps;
    private final Examinations examinations;
    private final SanctionCatalogue sanctions;

    public FollowUpVerificationForm(CaseRecords records, PersonTracks tracks, FollowUps followUps, Examinations examinations,
                                    SanctionCatalogue sanctions) {
        this.records = records;
        this.tracks = tracks;
        this.followUps = followUps;
        this.examinations = examinations;
        this.sanctions = sanctions;
    }

    @Override
    public String key() {
        return FlowNodes.FOLLOW_UP_VERIFICATION;
    }

    @Override
    public List<FormField> fields() {
        // Required when rejecting (declared, for clients to evaluate) and to accept a sanction lighter than recommended
        // (checked against the follow-up below); the prose says both, once.
        return List.of(FormField.bool("accepted", "Tindak lanjut diterima", true),
                FormField.text("notes", "Catatan", false).requiredIf("accepted", false)
                        .requiredWhen("tindak lanjut tidak diterima, atau sanksi yang diterima lebih ringan dari rekomendasi"));
    }

    /**
     * A follow-up lighter than recommended: the notes are required whatever the verifier decides (accepted or not), as
     * the form checks and its prose says.
     */
    @Override
    public List<FormField> offered(id.netra.casefile.CaseFile caseFile, UUID personId) {
        FollowUps.FollowUp reported = personId == null ? null : followUps.find(personId).orElse(null);
        if (reported == null || lighter(personId, reported).isEmpty()) {
            return fields();
        }
        return fields().stream().map(f -> !f.name().equals("notes") ? f
                : f.requiredIfAny(List.of(FormField.Rule.equalTo("accepted", false)), List.of(FormField.Rule.equalTo("accepted", true)))).toList();
    }

    /**
     * The kinds whose sanction the PPK imposed lighter than recommended (not imposed at all is lighter), by the
     * severity order of each kind.
     */
    List<Kind> lighter(UUID personId, FollowUps.FollowUp reported) {
        List<Kind> out = new ArrayList<>();
        examinations.sanctions(personId).forEach((kind, recommended) -> {
            FollowUps.Reported r = reported.sanctions().get(kind);
            if (sanctions.lighter(recommended, r == null ? null : r.sanction())) {
                out.add(kind);
            }
        });
        return out;
    }

    /** A rejected follow-up goes back to the PPK's confirmation. */
    @Override
    public String sendsBackTo() {
        return FlowNodes.FOLLOW_UP_CONFIRMATION;
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        Boolean accepted = in.bool("accepted");
        String notes = in.text("notes");
        if (Boolean.TRUE.equals(accepted)) {
            FollowUps.FollowUp reported = followUps.find(ctx.personId()).orElse(null);
            if (reported == null || !reported.sanctionImposed()) {
                in.errorCode("accepted", "followup.verification.notImposed");
            } else if (notes == null && !lighter(ctx.personId(), reported).isEmpty()) {
                // Accepting less than was recommended is the examining agency's to justify, on the record.
                in.errorCode("notes", "followup.verification.lighterWithoutReason");
            }
        }
        in.check();
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), ctx.user().username(), accepted ? "ACCEPTED" : "REJECTED", in.values());
        if (!accepted) {
            TrackStatus back = tracks.overdueOnItsRecommendation(ctx.personId()) ? TrackStatus.FOLLOW_UP_OVERDUE : TrackStatus.RECOMMENDATION_ISSUED;
            tracks.change(ctx.personId(), back, ctx.user().username(),
                    Visibility.Note.FOLLOW_UP_REJECTED.text(Wording.FOLLOW_UP_REJECTED.stored(notes)));
        }
        return Variables.of().with(ProcessVariables.FOLLOW_UP_ACCEPTED, accepted)
                .with(ProcessVariables.FOLLOW_UP_REPORTED, accepted);
    }
}
