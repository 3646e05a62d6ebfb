package id.netra.followup;

import id.netra.casefile.Wording;
import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.casefile.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The PPK phase's automatic steps on one person's track: the reminder, the non-compliance escalation, the closing. */
@Service
public class FollowUpService {

    static final String SYSTEM = id.netra.platform.SystemActors.SYSTEM;

    private final FollowUps followUps;
    private final PersonTracks tracks;
    private final CaseRecords records;
    private final CaseDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final id.netra.casefile.NumberSequences sequences;
    private final id.netra.examination.ExaminingAgencyProperties agency;

    public FollowUpService(FollowUps followUps, PersonTracks tracks, CaseRecords records, CaseDeadlines deadlines,
                           ApplicationEventPublisher events, id.netra.casefile.NumberSequences sequences,
                           id.netra.examination.ExaminingAgencyProperties agency) {
        this.sequences = sequences;
        this.agency = agency;
        this.followUps = followUps;
        this.tracks = tracks;
        this.events = events;
        this.records = records;
        this.deadlines = deadlines;
    }

    /**
     * Recorded on the track, and told to the PPK by mail after commit ({@link PpkReminderDue}). A reminder whose
     * moment came while the service was down fires on restart beside the deadline: once the deadline has passed (or the
     * PPK reported, objected or refused) there is nothing left to remind of, and none is recorded.
     */
    @Transactional
    public void remind(UUID caseId, UUID personId) {
        if (!tracks.status(personId).map(id.netra.casefile.DeadlineKind.PPK_REMINDER::runsWhile).orElse(false)) {
            return;
        }
        String due = dueOn(personId);
        records.decision(caseId, personId, "ppkReminder", null, SYSTEM, "REMINDED", Map.of("followUpDueOn", due));
        events.publishEvent(new PpkReminderDue(caseId, personId, due, id.netra.platform.Today.now()));
    }

    /**
     * The PPK let the deadline pass: the track is overdue and the escalation's steps begin (a written warning, the block
     * of the personnel data, the notice to the ministry), each the examining agency's task with its letter. A case left
     * on a model of before the steps (one past its forwarding on the first release's model, which has no block step)
     * is blocked at once, as that model was made for.
     */
    @Transactional
    public void escalate(UUID caseId, UUID personId, boolean modelHasBlockStep) {
        if (modelHasBlockStep) {
            records.decision(caseId, personId, "ppkDeadlinePassed", null, SYSTEM, "OVERDUE", Map.of("personnelDataBlocked", false));
        } else {
            followUps.blockPersonnelData(personId, caseId);
            records.decision(caseId, personId, "ppkDeadlinePassed", null, SYSTEM, "PERSONNEL_DATA_BLOCKED", Map.of("personnelDataBlocked", true));
            events.publishEvent(new PersonnelDataBlocked(caseId, personId, null, SYSTEM, id.netra.platform.Today.now()));
        }
        tracks.change(personId, TrackStatus.FOLLOW_UP_OVERDUE, SYSTEM, Visibility.Note.PPK_DEADLINE_PASSED.text(
                modelHasBlockStep ? Wording.PPK_OVERDUE.stored() : Wording.PPK_DEADLINE_PASSED.stored()));
        events.publishEvent(new PpkDeadlinePassed(caseId, personId, dueOn(personId), SYSTEM, id.netra.platform.Today.now()));
    }

    /**
     * The verification accepted the PPK's sanction: the block is lifted and the track ends sanctioned, told to the PPK
     * by the examining agency's verification letter (numbered {@link #verificationNumber}).
     */
    @Transactional
    public void closeSanctioned(UUID caseId, UUID personId, String actor) {
        java.time.LocalDate today = id.netra.platform.Today.date();
        int seq = sequences.next("VER:" + agency.code(), today.getYear());
        records.letter(caseId, personId, "VERIFICATION", verificationNumber(seq, agency.code(), today.getMonthValue(), today.getYear()), actor);
        followUps.releasePersonnelData(personId);
        events.publishEvent(new FollowUpVerified(caseId, personId, actor, id.netra.platform.Today.now()));
        tracks.change(personId, TrackStatus.CLOSED_SANCTIONED, actor, Visibility.Note.FOLLOW_UP_VERIFIED.text(Wording.FOLLOW_UP_VERIFIED.stored()));
    }

    /** The verification letter's number, as the recommendation's with its own prefix and sequence: {@code V-12/BKN/5/2026}. */
    public static String verificationNumber(int seq, String agencyCode, int month, int year) {
        return "V-" + seq + "/" + agencyCode + "/" + month + "/" + year;
    }

    private String dueOn(UUID personId) {
        return deadlines.trackDueOn(personId, DeadlineKind.PPK_FOLLOW_UP).map(Object::toString).orElse("-");
    }
}
