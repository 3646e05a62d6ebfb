package id.netra.casefile;

import id.netra.platform.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Changes a case's status and appends the change to its history (who, when, from, to, and a note with its readers,
 * {@link Visibility.Note}); history is never edited. A change to a closed status publishes {@link CaseClosed}.
 */
@Service
public class CaseStatusService {

    /** A change as kept; {@code personId} names the person whose track caused it (null: the case itself). */
    public record StatusChange(CaseStatus from, CaseStatus to, String by, Instant at, String note, Visibility.Audience audience,
                               UUID personId) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public CaseStatusService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void open(UUID caseId, CaseStatus status, String by) {
        append(caseId, null, status, by, Visibility.NoteText.NONE, null);
    }

    /** A change without a note. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseStatus change(UUID caseId, CaseStatus to, String by) {
        return change(caseId, to, by, Visibility.NoteText.NONE);
    }

    /** A change with a note, composed from one of {@link Visibility.Note}, which says who reads it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseStatus change(UUID caseId, CaseStatus to, String by, Visibility.NoteText note) {
        return change(caseId, to, by, note, null);
    }

    /** A change caused by one person's track, with that track's note (read only by those who read the person). */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseStatus change(UUID caseId, CaseStatus to, String by, Visibility.NoteText note, UUID personId) {
        CaseStatus from = jdbc.sql("SELECT status FROM case_file WHERE id = :id FOR UPDATE").param("id", caseId)
                .query(String.class).optional().map(CaseStatus::valueOf)
                .orElseThrow(() -> new IllegalStateException("no case " + caseId));
        if (from == to) {
            return from;
        }
        if (!from.mayMoveTo(to)) {
            throw new IllegalStateException("case " + caseId + " may not change from " + from + " to " + to);
        }
        jdbc.sql("UPDATE case_file SET status = :to, updated_at = :now, closed_at = CASE WHEN :closed THEN :now ELSE closed_at END WHERE id = :id")
                .param("now", Today.timestamp()).param("to", to.name()).param("closed", to.closed()).param("id", caseId).update();
        append(caseId, from, to, by, note, personId);
        events.publishEvent(new CaseStatusChanged(caseId, from, to, id.netra.platform.Today.now()));
        if (to.closed()) {
            // Every closing passes here, whichever step closes the case: one place publishes it.
            events.publishEvent(new CaseClosed(caseId, to, from, by, id.netra.platform.Today.now()));
        }
        return from;
    }

    private void append(UUID caseId, CaseStatus from, CaseStatus to, String by, Visibility.NoteText note, UUID personId) {
        jdbc.sql("""
                        INSERT INTO case_status_history (case_id, from_status, to_status, changed_by, note, audience, person_id, changed_at)
                        VALUES (:id, :f, :t, :by, :note, :audience, :person, :now)""")
                .param("now", Today.timestamp()).param("id", caseId).param("person", personId).param("f", from == null ? null : from.name()).param("t", to.name())
                .param("by", by).param("note", note.text()).param("audience", note.audience().name()).update();
    }

    public List<StatusChange> history(UUID caseId) {
        return jdbc.sql("SELECT from_status, to_status, changed_by, changed_at, note, audience, person_id FROM case_status_history WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> new StatusChange(
                        rs.getString(1) == null ? null : CaseStatus.valueOf(rs.getString(1)),
                        CaseStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        Visibility.Audience.valueOf(rs.getString(6)), rs.getObject(7, UUID.class)))
                .list();
    }
}
