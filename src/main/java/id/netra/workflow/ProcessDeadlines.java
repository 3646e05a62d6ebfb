package id.netra.workflow;

import id.netra.casefile.CaseDeadlines;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * What the model's {@code ${caseDeadlines...}} expressions call (the bean keeps that name: the deployed models of
 * every release use it): a case's task due dates and timer dates from the deadlines stored on the case. A track's are
 * {@link CaseTracks}'.
 */
@Component("caseDeadlines")
public class ProcessDeadlines {

    private final CaseDeadlines deadlines;

    public ProcessDeadlines(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** A user task's due date: the end of the due day; null when the case has no such deadline. */
    public Date due(String caseId, String kind) {
        return deadlines.due(caseId, kind);
    }

    /** A timer's date: when the deadline has passed (a reminder: the morning of its day). */
    public Date timer(String caseId, String kind) {
        return deadlines.timer(caseId, kind);
    }
}
