package id.netra.casefile;

import id.netra.platform.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tracks of a case's forwarded persons: each opens under examination and moves along {@link TrackStatus}'s
 * transitions, every change kept in an append-only history; after each change the case's status becomes the summary
 * of its tracks ({@link #summarise}), through {@link CaseStatusService} and its own transition table.
 */
@Service
public class PersonTracks {

    public record Track(UUID personId, UUID caseId, TrackStatus status, Instant openedAt, Instant closedAt) {
    }

    public record TrackChange(UUID personId, TrackStatus from, TrackStatus to, String by, Instant at, String note,
                              Visibility.Audience audience) {
    }

    private final JdbcClient jdbc;
    private final CaseStatusService statuses;

    public PersonTracks(JdbcClient jdbc, CaseStatusService statuses) {
        this.jdbc = jdbc;
        this.statuses = statuses;
    }

    /**
     * While any track is open, the case shows the first of these its tracks are in: the phase that most needs
     * attention (a PPK past its deadline, then an examination, then an objection awaiting the examining agency's answer,
     * then a recommendation awaiting its follow-up, then a follow-up awaiting verification).
     */
    private static final List<TrackStatus> OPEN_PRECEDENCE = List.of(TrackStatus.FOLLOW_UP_OVERDUE,
            TrackStatus.UNDER_EXAMINATION, TrackStatus.OBJECTION_PENDING, TrackStatus.RECOMMENDATION_ISSUED,
            TrackStatus.FOLLOW_UP_REPORTED);

    /**
     * The case's status as its tracks stand: while any is open, the first of {@link #OPEN_PRECEDENCE} among them (the
     * case status of the same name); once all have ended, sanctioned if any person was sanctioned (every proven person
     * was, or their track would still be open), else not proven if any was found so, else (every track moot) moot.
     */
    public static CaseStatus summarise(Collection<TrackStatus> tracks) {
        if (tracks.isEmpty()) {
            throw new IllegalArgumentException("a case in the examining agency's hands has at least one track");
        }
        for (TrackStatus open : OPEN_PRECEDENCE) {
            if (tracks.contains(open)) {
                return CaseStatus.valueOf(open.name());
            }
        }
        if (tracks.contains(TrackStatus.CLOSED_SANCTIONED)) {
            return CaseStatus.CLOSED_SANCTIONED;
        }
        return tracks.contains(TrackStatus.CLOSED_NOT_PROVEN) ? CaseStatus.CLOSED_NOT_PROVEN : CaseStatus.CLOSED_MOOT;
    }

    /**
     * {@link #summarise} in SQL over the tracks {@code from} yields (a FROM clause giving a {@code status} column as
     * {@code t}): for a list filtered by the summary of some of a case's tracks. Null when there are none.
     */
    public static String summariseSql(String from) {
        StringBuilder sql = new StringBuilder("(SELECT CASE WHEN count(*) = 0 THEN NULL");
        for (TrackStatus open : OPEN_PRECEDENCE) {
            sql.append(" WHEN bool_or(t.status = '").append(open.name()).append("') THEN '").append(open.name()).append("'");
        }
        return sql.append(" WHEN bool_or(t.status = '").append(TrackStatus.CLOSED_SANCTIONED.name()).append("') THEN '")
                .append(CaseStatus.CLOSED_SANCTIONED.name()).append("' WHEN bool_or(t.status = '").append(TrackStatus.CLOSED_NOT_PROVEN.name())
                .append("') THEN '").append(CaseStatus.CLOSED_NOT_PROVEN.name()).append("' ELSE '").append(CaseStatus.CLOSED_MOOT.name())
                .append("' END FROM ").append(from).append(")").toString();
    }

    /** Opens the tracks of the persons forwarded, under examination; the case's status follows. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(UUID caseId, List<UUID> personIds, String by, Visibility.NoteText caseNote) {
        for (UUID personId : personIds) {
            // The case's creation time rides on the track: the PPK's search reads its cases newest first from its tracks (V30).
            int opened = jdbc.sql("INSERT INTO person_track (person_id, case_id, status, opened_at, case_created_at) "
                            + "SELECT :p, :c, :s, :now, created_at FROM case_file WHERE id = :c")
                    .param("now", Today.timestamp()).param("p", personId).param("c", caseId).param("s", TrackStatus.UNDER_EXAMINATION.name()).update();
            if (opened != 1) {
                throw new IllegalStateException("no case " + caseId + " to open a track on");
            }
            append(personId, caseId, null, TrackStatus.UNDER_EXAMINATION, by, Visibility.NoteText.NONE);
        }
        statuses.change(caseId, CaseStatus.UNDER_EXAMINATION, by, caseNote);
    }

    /** The agency whose PPK the track's recommendation is addressed to, once it is issued. */
    public Optional<String> addressee(UUID personId) {
        return jdbc.sql("SELECT ppk_agency FROM person_track WHERE person_id = :p AND ppk_agency IS NOT NULL")
                .param("p", personId).query(String.class).optional();
    }

    /** The track's recommendation is addressed to this agency's PPK: from now on that PPK sees the person. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addressTo(UUID personId, String agencyCode) {
        jdbc.sql("UPDATE person_track SET ppk_agency = :a WHERE person_id = :p").param("a", agencyCode).param("p", personId).update();
    }

    /** Moves one track; a move outside {@link TrackStatus}'s table fails. Returns the case's status after it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseStatus change(UUID personId, TrackStatus to, String by, Visibility.NoteText note) {
        Track track = jdbc.sql("SELECT person_id, case_id, status, opened_at, closed_at FROM person_track WHERE person_id = :p FOR UPDATE")
                .param("p", personId).query((rs, n) -> new Track(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        TrackStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(), null))
                .optional().orElseThrow(() -> new IllegalStateException("no track for person " + personId));
        if (track.status() != to) {
            if (!track.status().mayMoveTo(to)) {
                throw new IllegalStateException("track of " + personId + " may not change from " + track.status() + " to " + to);
            }
            jdbc.sql("UPDATE person_track SET status = :s, closed_at = CASE WHEN :closed THEN CAST(:now AS timestamptz) END WHERE person_id = :p")
                    .param("now", Today.timestamp()).param("s", to.name()).param("closed", to.closed()).param("p", personId).update();
            append(personId, track.caseId(), track.status(), to, by, note);
        }
        CaseStatus summary = summarise(statusesOf(track.caseId()));
        statuses.change(track.caseId(), summary, by, note, personId);
        return summary;
    }

    /** A note on the track's history that moves nothing (the recommendation re-addressed): its status stays. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void note(UUID personId, String by, Visibility.NoteText note) {
        Track track = jdbc.sql("SELECT person_id, case_id, status, opened_at FROM person_track WHERE person_id = :p").param("p", personId)
                .query((rs, n) -> new Track(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        TrackStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(), null))
                .optional().orElseThrow(() -> new IllegalStateException("no track for person " + personId));
        append(personId, track.caseId(), track.status(), track.status(), by, note);
    }

    private void append(UUID personId, UUID caseId, TrackStatus from, TrackStatus to, String by, Visibility.NoteText note) {
        jdbc.sql("""
                        INSERT INTO person_track_history (person_id, case_id, from_status, to_status, changed_by, note, audience, changed_at)
                        VALUES (:p, :c, :f, :t, :by, :note, :audience, :now)""")
                .param("now", Today.timestamp()).param("p", personId).param("c", caseId).param("f", from == null ? null : from.name()).param("t", to.name())
                .param("by", by).param("note", note.text()).param("audience", note.audience().name()).update();
    }

    private List<TrackStatus> statusesOf(UUID caseId) {
        return jdbc.sql("SELECT status FROM person_track WHERE case_id = :c").param("c", caseId)
                .query((rs, n) -> TrackStatus.valueOf(rs.getString(1))).list();
    }

    /**
     * Whether the PPK's deadline passed on the track's current recommendation: its last move among the recommendation
     * (issued, or examined again) and the deadline passing was the deadline passing. A rejected follow-up goes back to
     * what it was before the report by this.
     */
    public boolean overdueOnItsRecommendation(UUID personId) {
        return jdbc.sql("""
                        SELECT to_status FROM person_track_history WHERE person_id = :p AND from_status IS DISTINCT FROM to_status
                          AND to_status IN ('RECOMMENDATION_ISSUED', 'UNDER_EXAMINATION', 'FOLLOW_UP_OVERDUE')
                        ORDER BY id DESC LIMIT 1""")
                .param("p", personId).query(String.class).optional()
                .map(TrackStatus.FOLLOW_UP_OVERDUE.name()::equals).orElse(false);
    }

    public Optional<TrackStatus> status(UUID personId) {
        return jdbc.sql("SELECT status FROM person_track WHERE person_id = :p").param("p", personId)
                .query((rs, n) -> TrackStatus.valueOf(rs.getString(1))).optional();
    }

    /** The case's tracks, in the order its persons were named. */
    public List<Track> of(UUID caseId) {
        return jdbc.sql("""
                        SELECT t.person_id, t.case_id, t.status, t.opened_at, t.closed_at FROM person_track t
                        JOIN case_person p ON p.id = t.person_id WHERE t.case_id = :c ORDER BY p.ordinal""")
                .param("c", caseId)
                .query((rs, n) -> new Track(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        TrackStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).list();
    }

    public List<TrackChange> history(UUID caseId) {
        return jdbc.sql("""
                        SELECT person_id, from_status, to_status, changed_by, changed_at, note, audience
                        FROM person_track_history WHERE case_id = :c ORDER BY id""")
                .param("c", caseId)
                .query((rs, n) -> new TrackChange(rs.getObject(1, UUID.class),
                        rs.getString(2) == null ? null : TrackStatus.valueOf(rs.getString(2)),
                        TrackStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getString(6), Visibility.Audience.valueOf(rs.getString(7)))).list();
    }
}
