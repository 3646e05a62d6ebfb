package id.netra.examination;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseEvent;
import id.netra.casefile.PersonActions;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.casefile.Visibility;
import id.netra.casefile.Wording;
import id.netra.platform.ConflictException;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.reference.Agency;
import id.netra.reference.ReferenceData;
import id.netra.workflow.CaseProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A person who moved to another agency before their PPK followed the recommendation up: the examining agency sends the
 * recommendation on to the new agency's PPK, with its reason. From then on the new PPK sees the person's track and holds
 * its follow-up (the open task moves to its group); the former PPK no longer sees it. Audited
 * ({@code RECOMMENDATION_READDRESSED}, from whom to whom) and noted on the track's history for everyone who reads it.
 */
@Service
public class RecommendationReaddressing {

    /** While the PPK has to act: a recommendation issued, not yet reported on (or overdue). */
    public static final int MAX_REASON = 2000;

    static final Set<TrackStatus> AWAITING_PPK = EnumSet.of(TrackStatus.RECOMMENDATION_ISSUED, TrackStatus.FOLLOW_UP_OVERDUE);

    private final PersonActions actions;
    private final PersonTracks tracks;
    private final Examinations examinations;
    private final ReferenceData reference;
    private final CaseProcess process;
    private final ApplicationEventPublisher events;

    public RecommendationReaddressing(PersonActions actions, PersonTracks tracks, Examinations examinations,
                                      ReferenceData reference, CaseProcess process, ApplicationEventPublisher events) {
        this.actions = actions;
        this.tracks = tracks;
        this.examinations = examinations;
        this.reference = reference;
        this.process = process;
        this.events = events;
    }

    /** Sends the recommendation on; refused (403, 404, 409, or 400 naming the field) when it may not be. The new agency. */
    @Transactional
    public Agency readdress(NetraUser user, UUID caseId, UUID personId, String agencyCode, String reason) {
        actions.examiningAgencys(user, caseId, personId, "examination.readdress");
        TrackStatus status = tracks.status(personId).orElse(null);
        String from = tracks.addressee(personId).orElse(null);
        if (status == null || from == null || !AWAITING_PPK.contains(status)) {
            throw ConflictException.of("examination.readdress.notAwaitingPpk");
        }
        String code = agencyCode == null ? "" : agencyCode.strip().toUpperCase(Locale.ROOT);
        Agency to = reference.agency(code).orElseThrow(() -> InvalidInputException.of(FieldError.of("agencyCode",
                "examination.authority.unknown")));
        if (to.code().equals(from)) {
            throw InvalidInputException.of(FieldError.of("agencyCode", "examination.readdress.same"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of(FieldError.of("reason", "examination.readdress.reasonRequired"));
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.of(FieldError.of("reason", "input.maxLength", MAX_REASON));
        }
        examinations.readdress(personId, to.code());
        tracks.addressTo(personId, to.code());
        int moved = process.readdressFollowUp(caseId, personId, from, to.code());
        tracks.note(personId, user.username(), Visibility.Note.RECOMMENDATION_READDRESSED.text(
                Wording.RECOMMENDATION_READDRESSED.stored(to.name() + " (" + to.code() + ")", why)));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("personId", personId.toString());
        detail.put("from", from);
        detail.put("to", to.code());
        detail.put("tasksMoved", moved);
        events.publishEvent(new CaseEvent(user.username(), CaseEvent.RECOMMENDATION_READDRESSED, caseId, detail));
        events.publishEvent(new RecommendationReaddressed(caseId, personId, from, to.code(), user.username(), id.netra.platform.Today.now()));
        return to;
    }
}
