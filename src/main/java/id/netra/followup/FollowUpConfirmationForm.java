package id.netra.followup;

import id.netra.casefile.Wording;
import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
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
import java.util.List;

/** The PPK reports its follow-up on one person: the sanction imposed and the decree (SK) that imposed it. */
@Component
public class FollowUpConfirmationForm implements TaskForm {

    private final FollowUps followUps;
    private final CaseRecords records;
    private final PersonTracks tracks;
    private final CaseDeadlines deadlines;
    private final ReferenceData reference;

    public FollowUpConfirmationForm(FollowUps followUps, CaseRecords records, PersonTracks tracks, CaseDeadlines deadlines,
                                    ReferenceData reference) {
        this.followUps = followUps;
        this.records = records;
        this.tracks = tracks;
        this.deadlines = deadlines;
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
        // The PPK's clock starts on the day of the recommendation: a decree cannot be older (a day's grace for the
        // time zones between the agencies).
        LocalDate recommendedOn = deadlines.ofTrack(ctx.personId()).stream()
                .filter(d -> d.kind() == DeadlineKind.PPK_FOLLOW_UP).map(CaseDeadlines.Deadline::startsOn).findFirst().orElse(null);
        if (decreeDate != null && recommendedOn != null && decreeDate.isBefore(recommendedOn.minusDays(1))) {
            in.errorCode("decreeDate", "followup.confirmation.decreeBeforeRecommendation");
        }
        in.check();
        followUps.record(ctx.personId(), ctx.caseFile().id(), req, req ? sanction : null, req ? decree : null,
                req ? decreeDate : null, ctx.user().username());
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), ctx.user().username(), req ? "IMPOSED" : "NOT_IMPOSED", in.values());
        tracks.change(ctx.personId(), TrackStatus.FOLLOW_UP_REPORTED, ctx.user().username(),
                Visibility.Note.FOLLOW_UP_REPORTED.text(req ? Wording.FOLLOW_UP_REPORTED.stored(decree) : Wording.FOLLOW_UP_NOT_IMPOSED.stored()));
        return Variables.of().with(ProcessVariables.FOLLOW_UP_REPORTED, true);
    }
}
