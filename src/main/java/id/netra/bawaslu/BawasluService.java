package id.netra.bawaslu;

import id.netra.casefile.Wording;
import id.netra.access.NetraUser;
import id.netra.casefile.CaseAccess;
import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseQueries;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.NumberSequences;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.RegisterNumber;
import id.netra.casefile.Visibility;
import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.RuleClock;
import id.netra.deadline.Term;
import id.netra.platform.ConflictException;
import id.netra.platform.FieldError;
import id.netra.platform.ForbiddenException;
import id.netra.platform.InvalidInputException;
import id.netra.workflow.CaseProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Bawaslu's steps that are not forms: the plenary's consequences, the assessment clock and its one extension. */
@Service
public class BawasluService {

    private static final Set<CaseStatus> ASSESSMENT_PHASE = EnumSet.of(CaseStatus.REGISTERED, CaseStatus.UNDER_ASSESSMENT,
            CaseStatus.AWAITING_PLENARY);

    private final CaseRepository cases;
    private final CaseStatusService statuses;
    private final CaseDeadlines deadlines;
    private final CaseRecords records;
    private final NumberSequences sequences;
    private final BusinessCalendar calendar;
    private final CaseQueries queries;
    private final CaseAccess access;
    private final CaseProcess process;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Assessments assessments;
    private final PlenaryFindings findings;
    private final PersonTracks tracks;
    private final id.netra.casefile.CasePersons persons;

    public BawasluService(CaseRepository cases, CaseStatusService statuses, CaseDeadlines deadlines, CaseRecords records,
                          NumberSequences sequences, BusinessCalendar calendar, CaseQueries queries, CaseAccess access,
                          CaseProcess process, org.springframework.context.ApplicationEventPublisher events,
                          Assessments assessments, PlenaryFindings findings, PersonTracks tracks,
                          id.netra.casefile.CasePersons persons) {
        this.persons = persons;
        this.assessments = assessments;
        this.findings = findings;
        this.tracks = tracks;
        this.events = events;
        this.cases = cases;
        this.statuses = statuses;
        this.deadlines = deadlines;
        this.records = records;
        this.sequences = sequences;
        this.calendar = calendar;
        this.queries = queries;
        this.access = access;
        this.process = process;
    }

    /**
     * The case goes to the examining agency with the persons the plenary found in violation, each on a track of their
     * own with the examination's clock.
     */
    @Transactional
    public void forwardToExaminer(UUID caseId, String actor) {
        CaseFile c = cases.get(caseId);
        Instant now = calendar.now();
        LocalDate today = calendar.dateOf(now);
        int seq = sequences.next("FWD:" + c.officeCode(), today.getYear());
        String letter = String.format("%03d/PP.01.02/%s/%s/%d", seq, c.officeCode(), RegisterNumber.roman(today.getMonthValue()), today.getYear());
        records.letter(caseId, "FORWARDING", letter, actor);
        cases.markForwarded(caseId, now);
        // The plenary's finding per person; a plenary that approved the violation without deciding per person (the
        // first release) found it for every person.
        List<UUID> forwarded = findings.of(caseId).isEmpty()
                ? persons.of(caseId).stream().map(id.netra.casefile.CasePerson::id).toList() : findings.proven(caseId);
        if (forwarded.isEmpty()) {
            throw new IllegalStateException("case " + caseId + " forwarded with no person found in violation");
        }
        Term term = calendar.term(c.electionType(), RuleClock.EXAMINATION);
        LocalDate due = calendar.after(today, term);
        for (UUID person : forwarded) {
            deadlines.setForTrack(person, DeadlineKind.EXAMINATION, today, due, Wording.EXAMINATION_BASIS.stored(term.inWords()));
        }
        tracks.open(caseId, forwarded, actor, Visibility.Note.FORWARDED.text(Wording.FORWARDED.stored(letter)));
        events.publishEvent(new CaseForwarded(caseId, letter, c.officeCode(), due.toString(), actor, now));
    }

    @Transactional
    public void closeNoViolation(UUID caseId, String actor) {
        statuses.change(caseId, CaseStatus.CLOSED_NO_VIOLATION, actor, Visibility.Note.PLENARY_NO_VIOLATION.text(Wording.PLENARY_NO_VIOLATION.stored()));
    }

    @Transactional
    public void forwardElsewhere(UUID caseId, String actor) {
        statuses.change(caseId, CaseStatus.FORWARDED_ELSEWHERE, actor,
                Visibility.Note.FORWARDED_ELSEWHERE.text(Wording.FORWARDED_ELSEWHERE.stored(assessments.get(caseId).otherRoute())));
    }

    @Transactional
    public void flagAssessmentOverdue(UUID caseId) {
        assessments.markOverdue(caseId);
    }

    /** The one extension of the assessment deadline, with a reason; recomputes the deadline and moves its timer. */
    @Transactional
    public void extendAssessment(NetraUser user, UUID caseId, String reason) {
        CaseFile c = queries.visibleCase(user, caseId);
        if (access.viewOf(user, c) != CaseAccess.View.HANDLING) {
            throw ForbiddenException.of("bawaslu.extension.handlingOnly");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of(FieldError.of("reason", "bawaslu.extension.reasonRequired"));
        }
        if (reason.length() > 2000) {
            throw InvalidInputException.of(FieldError.of("reason", "input.maxLength", 2000));
        }
        if (!ASSESSMENT_PHASE.contains(c.status())) {
            throw ConflictException.of("bawaslu.extension.notInAssessment");
        }
        if (assessments.get(caseId).extended()) {
            throw ConflictException.of("bawaslu.extension.once");
        }
        Term term = calendar.term(c.electionType(), RuleClock.ASSESSMENT_EXTENDED);
        LocalDate registered = calendar.dateOf(c.registeredAt());
        LocalDate due = calendar.after(registered, term);
        deadlines.set(caseId, DeadlineKind.ASSESSMENT, registered, due, Wording.ASSESSMENT_EXTENDED_BASIS.stored(term.inWords()));
        boolean stillPending = !calendar.passed(due).isBefore(calendar.now());
        assessments.extend(caseId, reason.trim(), !stillPending);
        process.extendAssessmentDeadline(caseId, calendar.passed(due), calendar.endOf(due));
        records.decision(caseId, "assessmentExtension", null, user.username(), "EXTENDED", Map.of("reason", reason.trim(), "dueOn", due.toString()));
        events.publishEvent(new id.netra.casefile.CaseEvent(user.username(), id.netra.casefile.CaseEvent.ASSESSMENT_EXTENDED, caseId,
                Map.of("dueOn", due.toString())));
    }
}
