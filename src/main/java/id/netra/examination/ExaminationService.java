package id.netra.examination;

import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.NumberSequences;
import id.netra.casefile.Visibility;
import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.RuleSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The examining agency's recommendation: numbered {@code R-<seq>/<agency>/<month>/<year>}, with the PPK's clock. */
@Service
public class ExaminationService {

    private final CaseRepository cases;
    private final CaseStatusService statuses;
    private final CaseDeadlines deadlines;
    private final CaseRecords records;
    private final NumberSequences sequences;
    private final BusinessCalendar calendar;
    private final ExaminingAgencyProperties agency;
    private final ApplicationEventPublisher events;

    public ExaminationService(CaseRepository cases, CaseStatusService statuses, CaseDeadlines deadlines, CaseRecords records,
                              NumberSequences sequences, BusinessCalendar calendar, ExaminingAgencyProperties agency,
                              ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.statuses = statuses;
        this.deadlines = deadlines;
        this.records = records;
        this.sequences = sequences;
        this.calendar = calendar;
        this.agency = agency;
    }

    public static String recommendationNumber(int seq, String agencyCode, int month, int year) {
        return "R-" + seq + "/" + agencyCode + "/" + month + "/" + year;
    }

    @Transactional
    public String issueRecommendation(UUID caseId, String actor) {
        CaseFile c = cases.get(caseId);
        Instant now = Instant.now();
        LocalDate today = calendar.dateOf(now);
        int seq = sequences.next("REC:" + agency.code(), today.getYear());
        String number = recommendationNumber(seq, agency.code(), today.getMonthValue(), today.getYear());
        records.letter(caseId, "RECOMMENDATION", number, actor);
        cases.update(caseId, Map.of("recommended_at", now));
        RuleSet rules = calendar.rules(c.electionType());
        LocalDate due = calendar.plusWorkingDays(today, rules.ppkFollowUpWorkingDays());
        deadlines.set(caseId, DeadlineKind.PPK_FOLLOW_UP, today, due, rules.ppkFollowUpWorkingDays() + " hari kerja sejak rekomendasi");
        deadlines.set(caseId, DeadlineKind.PPK_REMINDER, today, calendar.minusWorkingDays(due, rules.ppkReminderWorkingDays()),
                rules.ppkReminderWorkingDays() + " hari kerja sebelum batas waktu PPK");
        statuses.change(caseId, CaseStatus.RECOMMENDATION_ISSUED, actor, Visibility.Note.RECOMMENDATION_ISSUED.text("Rekomendasi " + number));
        events.publishEvent(new RecommendationIssued(caseId, number, agency.code(), due.toString(), actor, now));
        return number;
    }

    @Transactional
    public void closeNotProven(UUID caseId, String actor) {
        CaseFile c = cases.get(caseId);
        statuses.change(caseId, CaseStatus.CLOSED_NOT_PROVEN, actor,
                Visibility.Note.NOT_PROVEN.text("NOT_APPLICABLE".equals(c.examinationOutcome()) ? "Tidak dapat diterapkan" : "Tidak terbukti"));
    }
}
