package id.netra.bawaslu;

import id.netra.casefile.Wording;
import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.NumberSequences;
import id.netra.casefile.RegisterNumber;
import id.netra.casefile.Visibility;
import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.RuleClock;
import id.netra.deadline.Term;
import id.netra.reference.Office;
import id.netra.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Registration: the register number (gap-free per office and year), status REGISTERED, the assessment clock. */
@Service
public class RegistrationService {

    private final CaseRepository cases;
    private final CaseStatusService statuses;
    private final CaseDeadlines deadlines;
    private final NumberSequences sequences;
    private final ReferenceData reference;
    private final BusinessCalendar calendar;
    private final ApplicationEventPublisher events;

    public RegistrationService(CaseRepository cases, CaseStatusService statuses, CaseDeadlines deadlines,
                               NumberSequences sequences, ReferenceData reference, BusinessCalendar calendar,
                               ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.statuses = statuses;
        this.deadlines = deadlines;
        this.sequences = sequences;
        this.reference = reference;
        this.calendar = calendar;
    }

    @Transactional
    public RegisterNumber register(UUID caseId, String actor) {
        CaseFile c = cases.get(caseId);
        Office office = reference.office(c.officeCode()).orElseThrow();
        Instant now = calendar.now();
        LocalDate today = calendar.dateOf(now);
        int seq = sequences.next("REG:" + office.code(), today.getYear());
        RegisterNumber number = RegisterNumber.of(seq, c.isReport(), c.electionType(), office.registerLevel(),
                office.code(), today.getMonthValue(), today.getYear());
        cases.register(caseId, number.toString(), now);
        Term term = calendar.term(c.electionType(), RuleClock.ASSESSMENT);
        LocalDate due = calendar.after(today, term);
        deadlines.set(caseId, DeadlineKind.ASSESSMENT, today, due, Wording.ASSESSMENT_BASIS.stored(term.inWords()));
        statuses.change(caseId, CaseStatus.REGISTERED, actor, Visibility.Note.REGISTERED.text(Wording.REGISTERED.stored(number)));
        events.publishEvent(new CaseRegistered(caseId, number.toString(), office.code(), due.toString(), actor, now));
        return number;
    }
}
