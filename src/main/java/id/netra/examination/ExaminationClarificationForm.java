package id.netra.examination;

import id.netra.casefile.CaseDeadlines;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.Visibility;
import id.netra.casefile.Wording;
import id.netra.deadline.BusinessCalendar;
import id.netra.deadline.DayUnit;
import id.netra.deadline.RuleClock;
import id.netra.deadline.Term;
import id.netra.workflow.CaseProcess;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to the examining agency's request for clarification, recorded by the PPK's officers (for the PPK, the
 * person's superior or the person): the day it was given and what it says. The examination clock runs again: its
 * deadline moves by the days the request was pending — from the request's day to the answer's, in the examination
 * clock's unit — and the open examination and approval tasks show the moved deadline.
 */
@Component
public class ExaminationClarificationForm implements TaskForm {

    private final Clarifications clarifications;
    private final CaseDeadlines deadlines;
    private final BusinessCalendar calendar;
    private final CaseRecords records;
    private final PersonTracks tracks;
    private final CaseProcess process;

    public ExaminationClarificationForm(Clarifications clarifications, CaseDeadlines deadlines, BusinessCalendar calendar,
                                        CaseRecords records, PersonTracks tracks, CaseProcess process) {
        this.clarifications = clarifications;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.records = records;
        this.tracks = tracks;
        this.process = process;
    }

    @Override
    public String key() {
        return FlowNodes.EXAMINATION_CLARIFICATION;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.date("answeredOn", "Tanggal jawaban klarifikasi", true).notInFuture(),
                FormField.text("answer", "Isi jawaban klarifikasi", true),
                FormField.line("answerLetterNumber", "Nomor surat jawaban", false, Clarifications.MAX_LETTER));
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        LocalDate answeredOn = in.date("answeredOn");
        String answer = in.text("answer");
        Clarifications.Request request = clarifications.pending(ctx.personId())
                .orElseThrow(() -> new IllegalStateException("no clarification pending for " + ctx.personId()));
        if (answeredOn != null && answeredOn.isBefore(request.requestedOn())) {
            in.errorCode("answeredOn", "examination.clarification.answerBeforeRequest", request.requestedOn());
        }
        in.check();
        Term examination = calendar.term(ctx.caseFile().electionType(), RuleClock.EXAMINATION);
        int paused = examination.unit() == DayUnit.WORKING ? calendar.workingDaysBetween(request.requestedOn(), answeredOn)
                : (int) Math.max(0, ChronoUnit.DAYS.between(request.requestedOn(), answeredOn));
        clarifications.answered(request.id(), answeredOn, answer, ctx.user().username(), paused);
        if (paused > 0) {
            deadlines.ofTrack(ctx.personId()).stream().filter(d -> d.kind() == DeadlineKind.EXAMINATION).findFirst().ifPresent(d -> {
                LocalDate due = calendar.after(d.dueOn(), new Term(paused, examination.unit()));
                Term total = new Term(clarifications.pausedDays(ctx.personId()), examination.unit());
                deadlines.setForTrack(ctx.personId(), DeadlineKind.EXAMINATION, d.startsOn(), due,
                        Wording.EXAMINATION_PAUSED_BASIS.stored(examination.inWords(), total.inWords()));
                process.examinationDueMoved(ctx.caseFile().id(), ctx.personId(), calendar.endOf(due));
            });
        }
        Map<String, Object> payload = new LinkedHashMap<>(in.values());
        payload.put("pausedDays", paused);
        records.decision(ctx.caseFile().id(), ctx.personId(), key(), ctx.taskId(), ctx.user().username(), "ANSWERED", payload);
        tracks.note(ctx.personId(), ctx.user().username(), Visibility.Note.CLARIFICATION_ANSWERED.text(
                Wording.CLARIFICATION_ANSWERED.stored(new Term(paused, examination.unit()).inWords())));
        return Variables.of();
    }
}
