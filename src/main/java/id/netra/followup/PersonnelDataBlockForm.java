package id.netra.followup;

import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.Wording;
import id.netra.platform.Today;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The escalation's second step, after the warning: the person's personnel data is blocked (in SIASN; the letter that
 * orders it is recorded) until the verification accepts the PPK's follow-up or the track ends as moot.
 */
@Component
public class PersonnelDataBlockForm extends EscalationStep {

    private final FollowUps followUps;
    private final ApplicationEventPublisher events;
    private final PersonTracks tracks;

    public PersonnelDataBlockForm(CaseRecords records, PersonTracks tracks, FollowUps followUps, ApplicationEventPublisher events) {
        super(records, tracks, "blockLetterNumber", "Nomor surat pemblokiran data kepegawaian", "PERSONNEL_DATA_BLOCK", "BLOCKED",
                Wording.PERSONNEL_DATA_BLOCKED);
        this.followUps = followUps;
        this.events = events;
        this.tracks = tracks;
    }

    /**
     * Not while the PPK's report, made after the deadline, awaits verification: the examining agency verifies it first
     * (accepted, the escalation ends; rejected, the block may follow).
     */
    @Override
    void refusals(TaskContext ctx, FormInput in, String letterField) {
        if (tracks.status(ctx.personId()).orElse(null) == id.netra.casefile.TrackStatus.FOLLOW_UP_REPORTED) {
            in.errorCode(letterField, "followup.block.reportAwaitsVerification");
        }
    }

    @Override
    public String key() {
        return FlowNodes.PERSONNEL_DATA_BLOCK;
    }

    @Override
    void applied(TaskContext ctx, String letter) {
        followUps.blockPersonnelData(ctx.personId(), ctx.caseFile().id());
        events.publishEvent(new PersonnelDataBlocked(ctx.caseFile().id(), ctx.personId(), letter, ctx.user().username(), Today.now()));
    }
}
