package id.netra.casefile;

import id.netra.platform.Today;
import id.netra.deadline.BusinessCalendar;
import id.netra.platform.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The deadlines stored on a case and on its persons' tracks. The BPMN reads them through {@code workflow}'s beans
 * ({@code caseDeadlines}, {@code caseTracks}): task due dates from {@link #due}, timer dates from {@link #timer}; both
 * come from the business calendar through the stored due day.
 */
@Component("caseDeadlineStore")
public class CaseDeadlines {

    public record Deadline(DeadlineKind kind, String label, LocalDate startsOn, LocalDate dueOn, String rule, Instant dueAt) {
    }

    private final JdbcClient jdbc;
    private final BusinessCalendar calendar;

    public CaseDeadlines(JdbcClient jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void set(UUID caseId, DeadlineKind kind, LocalDate startsOn, LocalDate dueOn, String rule) {
        jdbc.sql("""
                        INSERT INTO case_deadline (case_id, kind, starts_on, due_on, rule, updated_at) VALUES (:id, :kind, :start, :due, :rule, :now)
                        ON CONFLICT (case_id, kind) DO UPDATE SET starts_on = :start, due_on = :due, rule = :rule, updated_at = :now""")
                .param("now", Today.timestamp()).param("id", caseId).param("kind", kind.name()).param("start", startsOn).param("due", dueOn).param("rule", rule)
                .update();
    }

    /** One person's track's deadline (examination, PPK follow-up, reminder). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setForTrack(UUID personId, DeadlineKind kind, LocalDate startsOn, LocalDate dueOn, String rule) {
        jdbc.sql("""
                        INSERT INTO track_deadline (person_id, kind, starts_on, due_on, rule, updated_at) VALUES (:id, :kind, :start, :due, :rule, :now)
                        ON CONFLICT (person_id, kind) DO UPDATE SET starts_on = :start, due_on = :due, rule = :rule, updated_at = :now""")
                .param("now", Today.timestamp()).param("id", personId).param("kind", kind.name()).param("start", startsOn).param("due", dueOn).param("rule", rule)
                .update();
    }

    /** A track's deadlines of these kinds no longer run (the PPK's, while its objection awaits the answer). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeFromTrack(UUID personId, DeadlineKind... kinds) {
        for (DeadlineKind kind : kinds) {
            jdbc.sql("DELETE FROM track_deadline WHERE person_id = :id AND kind = :kind").param("id", personId)
                    .param("kind", kind.name()).update();
        }
    }

    /**
     * The case's deadline of this kind; for a track's kind on a case of the first release (one person, a process of
     * the previous model version), the deadline of its first person's track.
     */
    public Optional<LocalDate> dueOn(UUID caseId, DeadlineKind kind) {
        Optional<LocalDate> own = jdbc.sql("SELECT due_on FROM case_deadline WHERE case_id = :id AND kind = :kind")
                .param("id", caseId).param("kind", kind.name()).query(LocalDate.class).optional();
        if (own.isPresent() || !kind.perTrack()) {
            return own;
        }
        return jdbc.sql("""
                        SELECT d.due_on FROM track_deadline d JOIN case_person p ON p.id = d.person_id
                        WHERE p.case_id = :id AND d.kind = :kind ORDER BY p.ordinal LIMIT 1""")
                .param("id", caseId).param("kind", kind.name()).query(LocalDate.class).optional();
    }

    public Optional<LocalDate> trackDueOn(UUID personId, DeadlineKind kind) {
        return jdbc.sql("SELECT due_on FROM track_deadline WHERE person_id = :id AND kind = :kind")
                .param("id", personId).param("kind", kind.name()).query(LocalDate.class).optional();
    }

    /** The deadlines of several tracks in one read, each by due day, by person (a person without any: an empty list). */
    public java.util.Map<UUID, List<Deadline>> ofTracks(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, List<Deadline>> byPerson = new java.util.HashMap<>();
        personIds.forEach(p -> byPerson.put(p, new java.util.ArrayList<>()));
        if (!personIds.isEmpty()) {
            jdbc.sql("SELECT kind, starts_on, due_on, rule, person_id FROM track_deadline WHERE person_id IN (:ids) ORDER BY due_on, kind")
                    .param("ids", List.copyOf(personIds))
                    .query((rs, n) -> byPerson.get(rs.getObject(5, UUID.class)).add(deadline(rs, n))).list();
        }
        return byPerson;
    }

    /** A track's deadlines, by due day. */
    public List<Deadline> ofTrack(UUID personId) {
        return ofTracks(List.of(personId)).get(personId);
    }

    /** A track's task due date: the end of the due day. Null when the track has no such deadline. */
    public Date trackDue(UUID personId, DeadlineKind kind) {
        return trackDueOn(personId, kind).map(d -> Date.from(calendar.endOf(d))).orElse(null);
    }

    /** A track's timer date. */
    public Date trackTimer(UUID personId, DeadlineKind kind) {
        LocalDate due = trackDueOn(personId, kind)
                .orElseThrow(() -> new IllegalStateException("track " + personId + " has no " + kind + " deadline"));
        return Date.from(instantOf(kind, due));
    }

    public List<Deadline> all(UUID caseId) {
        return jdbc.sql("SELECT kind, starts_on, due_on, rule FROM case_deadline WHERE case_id = :id ORDER BY due_on, kind")
                .param("id", caseId)
                .query(this::deadline).list();
    }

    /** A user task's due date: the end of the due day. Null when the case has no such deadline. */
    public Date due(String caseId, String kind) {
        return dueOn(UUID.fromString(caseId), DeadlineKind.valueOf(kind)).map(d -> Date.from(calendar.endOf(d))).orElse(null);
    }

    /** A timer's date: when the deadline has passed (a reminder: the morning of its day). */
    public Date timer(String caseId, String kind) {
        DeadlineKind k = DeadlineKind.valueOf(kind);
        LocalDate due = dueOn(UUID.fromString(caseId), k)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no " + kind + " deadline"));
        return Date.from(instantOf(k, due));
    }

    /** A row of {@code case_deadline} or {@code track_deadline}: kind, starts_on, due_on, rule. */
    private Deadline deadline(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        DeadlineKind kind = DeadlineKind.valueOf(rs.getString(1));
        LocalDate due = rs.getObject(3, LocalDate.class);
        return new Deadline(kind, kind.label(Messages.currentLocale()), rs.getObject(2, LocalDate.class), due,
                Wording.basis(rs.getString(4), Messages.currentLocale()), instantOf(kind, due));
    }

    private Instant instantOf(DeadlineKind kind, LocalDate due) {
        return kind == DeadlineKind.PPK_REMINDER ? calendar.morningOf(due) : calendar.passed(due);
    }
}
