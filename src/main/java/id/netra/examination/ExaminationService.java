package id.netra.examination;

import id.netra.casefile.Wording;
import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.CasePersons;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.NumberSequences;
import id.netra.casefile.Visibility;
import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.RuleClock;
import id.netra.deadline.RuleSet;
import id.netra.deadline.Term;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The examining agency's recommendation: numbered {@code R-<seq>/<agency>/<month>/<year>}, with the PPK's clock. */
@Service
public class ExaminationService {

    private final CaseRepository cases;
    private final CaseDeadlines deadlines;
    private final CaseRecords records;
    private final NumberSequences sequences;
    private final BusinessCalendar calendar;
    private final ExaminingAgencyProperties agency;
    private final ApplicationEventPublisher events;
    private final Examinations examinations;
    private final CasePersons persons;
    private final PersonTracks tracks;

    public ExaminationService(CaseRepository cases, CaseDeadlines deadlines, CaseRecords records,
                              NumberSequences sequences, BusinessCalendar calendar, ExaminingAgencyProperties agency,
                              ApplicationEventPublisher events, Examinations examinations, CasePersons persons,
                              PersonTracks tracks) {
        this.examinations = examinations;
        this.persons = persons;
        this.tracks = tracks;
        this.events = events;
        this.cases = cases;
        this.deadlines = deadlines;
        this.records = records;
        this.sequences = sequences;
        this.calendar = calendar;
        this.agency = agency;
    }

    public static String recommendationNumber(int seq, String agencyCode, int month, int year) {
        return "R-" + seq + "/" + agencyCode + "/" + month + "/" + year;
    }

    /**
     * The approved, proven examination of one person becomes a numbered recommendation to that person's PPK (or the
     * authority the examiner addressed), with
     * the PPK's clock and its reminder on the person's track.
     */
    @Transactional
    public String issueRecommendation(UUID caseId, UUID personId, String actor) {
        CaseFile c = cases.get(caseId);
        Instant now = calendar.now();
        LocalDate today = calendar.dateOf(now);
        int seq = sequences.next("REC:" + agency.code(), today.getYear());
        String number = recommendationNumber(seq, agency.code(), today.getMonthValue(), today.getYear());
        records.letter(caseId, personId, "RECOMMENDATION", number, actor);
        // The person's PPK, unless the examiner addressed another authority (a regional secretary's: the governor...);
        // a re-examination that names none keeps the track's addressee (the new agency the person moved to).
        String addressee = examinations.authority(personId).map(Examinations.Authority::agencyCode)
                .orElseGet(() -> currentAddressee(personId));
        examinations.recommend(personId, caseId, number, addressee, actor, now);
        tracks.addressTo(personId, addressee);
        LocalDate due = followUpFrom(c, personId, today, false);
        tracks.change(personId, TrackStatus.RECOMMENDATION_ISSUED, actor, Visibility.Note.RECOMMENDATION_ISSUED.text(Wording.RECOMMENDATION_ISSUED.stored(number)));
        events.publishEvent(new RecommendationIssued(caseId, personId, number, agency.code(), addressee, due.toString(), actor, now));
        return number;
    }

    /**
     * The agency whose PPK the person's recommendation goes to unless the examination names another: the track's
     * addressee once there is one (the recommendation's, or the agency it was re-addressed to), else the person's own.
     */
    public String currentAddressee(UUID personId) {
        return tracks.addressee(personId).orElseGet(() -> persons.get(personId).agencyCode());
    }

    /**
     * The PPK's clock (and its reminder) for the person, started on {@code start} by the rules of the case's election
     * type: on the recommendation, and again when an objection to it was answered with the recommendation upheld.
     * The PPK's deadline.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public LocalDate followUpFrom(CaseFile c, UUID personId, LocalDate start, boolean afterObjection) {
        RuleSet rules = calendar.rules(c.electionType());
        Term followUp = rules.term(RuleClock.PPK_FOLLOW_UP);
        Term reminder = rules.term(RuleClock.PPK_REMINDER);
        LocalDate due = calendar.after(start, followUp);
        deadlines.setForTrack(personId, DeadlineKind.PPK_FOLLOW_UP, start, due,
                (afterObjection ? Wording.PPK_UPHELD_BASIS : Wording.PPK_FOLLOW_UP_BASIS).stored(followUp.inWords()));
        deadlines.setForTrack(personId, DeadlineKind.PPK_REMINDER, start, calendar.before(due, reminder),
                Wording.PPK_REMINDER_BASIS.stored(reminder.inWords()));
        return due;
    }

    /** The person is examined again (an objection answered by revising the recommendation): a new examination clock. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public LocalDate examinationFrom(CaseFile c, UUID personId, LocalDate start) {
        Term term = calendar.term(c.electionType(), RuleClock.EXAMINATION);
        LocalDate due = calendar.after(start, term);
        deadlines.setForTrack(personId, DeadlineKind.EXAMINATION, start, due, Wording.EXAMINATION_REVISED_BASIS.stored(term.inWords()));
        return due;
    }

    /** The examination found one person's violation not proven (or not applicable): the track ends. */
    @Transactional
    public void closeNotProven(UUID caseId, UUID personId, String actor) {
        String outcome = examinations.find(personId).map(Examinations.Examination::outcome).orElse(null);
        tracks.change(personId, TrackStatus.CLOSED_NOT_PROVEN, actor,
                Visibility.Note.NOT_PROVEN.text(("NOT_APPLICABLE".equals(outcome) ? Wording.NOT_APPLICABLE : Wording.NOT_PROVEN).stored()));
    }
}
