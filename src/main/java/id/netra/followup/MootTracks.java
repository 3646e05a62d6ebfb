package id.netra.followup;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseEvent;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonActions;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.casefile.Visibility;
import id.netra.casefile.Wording;
import id.netra.platform.ConflictException;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Today;
import id.netra.workflow.CaseProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person who retired, resigned or died before their track ended: the examining agency closes the track as moot
 * ({@link TrackStatus#CLOSED_MOOT}, SPEC §4), with the reason and the day it took effect. Whatever the track waited for
 * (the examination, the approval, the PPK's follow-up, a verification, an escalation, their timers) is cancelled in the
 * case's process; the other persons' tracks go on. A personnel-data block on the person is lifted (there is no one left
 * to sanction). Recorded as a decision every reader of the track sees, noted on the track's history and audited
 * ({@code TRACK_CLOSED_MOOT}).
 */
@Service
public class MootTracks {

    /** Why the track cannot go on. */
    public enum Reason implements id.netra.platform.Labelled {
        RETIRED, RESIGNED, DIED;

        @Override
        public String labelKey() {
            return "case.mootReason." + name();
        }
    }

    public static final int MAX_NOTES = 2000;
    /** The decision's step name on the case (a step outside any task). */
    public static final String STEP = "trackMoot";

    private final PersonActions actions;
    private final PersonTracks tracks;
    private final FollowUps followUps;
    private final CaseRecords records;
    private final CaseProcess process;
    private final ApplicationEventPublisher events;

    public MootTracks(PersonActions actions, PersonTracks tracks, FollowUps followUps, CaseRecords records,
                      CaseProcess process, ApplicationEventPublisher events) {
        this.actions = actions;
        this.tracks = tracks;
        this.followUps = followUps;
        this.records = records;
        this.process = process;
        this.events = events;
    }

    /**
     * Closes the person's track as moot; refused (403, 404, 409, or 400 naming each field) when it may not be. The
     * reason's code, a day not in the future ({@code effectiveOn}), optional notes.
     */
    @Transactional
    public Reason close(NetraUser user, UUID caseId, UUID personId, String reason, String effectiveOn, String notes) {
        id.netra.casefile.CaseFile c = actions.examiningAgencys(user, caseId, personId, "followup.moot");
        TrackStatus status = tracks.status(personId).orElse(null);
        if (status == null || status.closed()) {
            throw ConflictException.of("followup.moot.notOpen");
        }
        List<FieldError> errors = new ArrayList<>();
        Reason why = PersonActions.code(Reason.class, reason);
        if (why == null) {
            errors.add(FieldError.of("reason", "followup.moot.reasonRequired"));
        }
        LocalDate on = null;
        String day = effectiveOn == null ? "" : effectiveOn.strip();
        if (day.isEmpty()) {
            errors.add(FieldError.of("effectiveOn", "followup.moot.effectiveOnRequired"));
        } else {
            try {
                on = LocalDate.parse(day);
                if (on.isAfter(Today.date())) {
                    errors.add(FieldError.of("effectiveOn", "input.dateInFuture"));
                } else if (c.incidentDate() != null && on.isBefore(c.incidentDate())) {
                    // Not an ASN when the act happened: then the case has no one to decide on, not a moot track.
                    errors.add(FieldError.of("effectiveOn", "followup.moot.beforeIncident", c.incidentDate()));
                }
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(FieldError.of("effectiveOn", "input.date"));
            }
        }
        String text = notes == null ? "" : notes.strip();
        if (text.length() > MAX_NOTES) {
            errors.add(FieldError.of("notes", "input.maxLength", MAX_NOTES));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        tracks.change(personId, TrackStatus.CLOSED_MOOT, user.username(), Visibility.Note.TRACK_MOOT.text(Wording.TRACK_MOOT.stored(why.name())));
        followUps.releasePersonnelData(personId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reason", why.name());
        payload.put("effectiveOn", on.toString());
        if (!text.isEmpty()) {
            payload.put("notes", text);
        }
        records.decision(caseId, personId, STEP, null, user.username(), "MOOT", payload);
        if (!process.endTrack(caseId, personId)) {
            throw ConflictException.of("followup.moot.processCannot");
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("personId", personId.toString());
        detail.put("reason", why.name());
        detail.put("effectiveOn", on.toString());
        events.publishEvent(new CaseEvent(user.username(), CaseEvent.TRACK_CLOSED_MOOT, caseId, detail));
        return why;
    }
}
