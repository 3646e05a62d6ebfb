package id.netra.casefile;

import id.netra.platform.Messages;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status of one person's track, from forwarding to its end (SPEC §4), and the one table of the transitions a
 * track may make: {@link #mayMoveTo} is checked on every change, and a change outside it fails loudly.
 */
public enum TrackStatus {
    UNDER_EXAMINATION(false),
    RECOMMENDATION_ISSUED(false),
    /** The PPK objected to the recommendation (sanggahan): the examining agency's turn to answer, no PPK deadline runs. */
    OBJECTION_PENDING(false),
    FOLLOW_UP_OVERDUE(false),
    FOLLOW_UP_REPORTED(false),
    CLOSED_SANCTIONED(true),
    CLOSED_NOT_PROVEN(true),
    /** Retired, resigned or died: the track closes without a decision. */
    CLOSED_MOOT(true);

    private static final Map<TrackStatus, Set<TrackStatus>> TRANSITIONS = Map.of(
            UNDER_EXAMINATION, EnumSet.of(RECOMMENDATION_ISSUED, CLOSED_NOT_PROVEN, CLOSED_MOOT),
            // UNDER_EXAMINATION: an objection recorded before OBJECTION_PENDING existed, answered by revising.
            RECOMMENDATION_ISSUED, EnumSet.of(FOLLOW_UP_REPORTED, FOLLOW_UP_OVERDUE, OBJECTION_PENDING, CLOSED_MOOT, UNDER_EXAMINATION),
            // The answer: upheld, the PPK follows up again; revised, the person is examined again.
            OBJECTION_PENDING, EnumSet.of(RECOMMENDATION_ISSUED, UNDER_EXAMINATION, CLOSED_MOOT),
            FOLLOW_UP_OVERDUE, EnumSet.of(FOLLOW_UP_REPORTED, CLOSED_MOOT),
            // A rejected follow-up goes back to the PPK: overdue if the deadline had passed, else awaiting it.
            FOLLOW_UP_REPORTED, EnumSet.of(CLOSED_SANCTIONED, RECOMMENDATION_ISSUED, FOLLOW_UP_OVERDUE, CLOSED_MOOT),
            CLOSED_SANCTIONED, EnumSet.noneOf(TrackStatus.class),
            CLOSED_NOT_PROVEN, EnumSet.noneOf(TrackStatus.class),
            CLOSED_MOOT, EnumSet.noneOf(TrackStatus.class));

    private final boolean closed;

    TrackStatus(boolean closed) {
        this.closed = closed;
    }

    /** The label in Indonesian ({@code case.trackStatus.*} in the catalogue). */
    public String label() {
        return Messages.id("case.trackStatus." + name());
    }

    /** The label in {@code locale} (Indonesian unless English). */
    public String label(java.util.Locale locale) {
        return Messages.in(locale, "case.trackStatus." + name());
    }

    public boolean closed() {
        return closed;
    }

    public boolean mayMoveTo(TrackStatus to) {
        return TRANSITIONS.get(this).contains(to);
    }

    /** The transitions from this status, for documentation and tests. */
    public Set<TrackStatus> next() {
        Set<TrackStatus> next = TRANSITIONS.get(this);
        return next.isEmpty() ? EnumSet.noneOf(TrackStatus.class) : EnumSet.copyOf(next);
    }
}
