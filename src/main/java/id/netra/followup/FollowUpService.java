package id.netra.followup;

import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The PPK phase's automatic steps: the reminder, the non-compliance escalation, the closing. */
@Service
public class FollowUpService {

    static final String SYSTEM = "sistem";

    private final CaseRepository cases;
    private final CaseStatusService statuses;
    private final CaseRecords records;
    private final CaseDeadlines deadlines;
    private final ApplicationEventPublisher events;

    public FollowUpService(CaseRepository cases, CaseStatusService statuses, CaseRecords records, CaseDeadlines deadlines,
                           ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.statuses = statuses;
        this.records = records;
        this.deadlines = deadlines;
    }

    /** Recorded on the case; delivering it by mail is a side effect after commit (a later step). */
    @Transactional
    public void remind(UUID caseId) {
        String due = deadlines.dueOn(caseId, DeadlineKind.PPK_FOLLOW_UP).map(Object::toString).orElse("-");
        records.decision(caseId, "ppkReminder", null, SYSTEM, "REMINDED", Map.of("followUpDueOn", due));
    }

    /** The PPK let the deadline pass: the ASN's personnel data is blocked and the case is overdue. */
    @Transactional
    public void escalate(UUID caseId) {
        cases.update(caseId, Map.of("personnel_data_blocked", true));
        records.decision(caseId, "ppkDeadlinePassed", null, SYSTEM, "PERSONNEL_DATA_BLOCKED", Map.of("personnelDataBlocked", true));
        statuses.change(caseId, CaseStatus.FOLLOW_UP_OVERDUE, SYSTEM,
                Visibility.Note.PPK_DEADLINE_PASSED.text("Batas waktu tindak lanjut PPK terlewati; data kepegawaian ASN diblokir"));
        String due = deadlines.dueOn(caseId, DeadlineKind.PPK_FOLLOW_UP).map(Object::toString).orElse("-");
        events.publishEvent(new PpkDeadlinePassed(caseId, due, SYSTEM, Instant.now()));
    }

    @Transactional
    public void closeSanctioned(UUID caseId, String actor) {
        cases.update(caseId, Map.of("personnel_data_blocked", false));
        events.publishEvent(new FollowUpVerified(caseId, actor, Instant.now()));
        statuses.change(caseId, CaseStatus.CLOSED_SANCTIONED, actor, Visibility.Note.FOLLOW_UP_VERIFIED.text("Tindak lanjut PPK terverifikasi"));
    }
}
