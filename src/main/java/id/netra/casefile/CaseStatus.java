package id.netra.casefile;

import id.netra.platform.Messages;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The statuses of a case (SPEC §4), each with the label officers and reporters see (from the catalogue), and the one
 * table of the transitions a case may make ({@link #mayMoveTo}, checked on every change; a change outside it fails
 * loudly). From
 * forwarding on, the case's status summarises its persons' tracks ({@link TrackStatus}), so the five statuses of that
 * phase may follow each other in any order as the tracks move.
 */
public enum CaseStatus {
    RECEIVED(false),
    AWAITING_COMPLETION(false),
    NOT_REGISTERED(true),
    REGISTERED(false),
    UNDER_ASSESSMENT(false),
    AWAITING_PLENARY(false),
    CLOSED_NO_VIOLATION(true),
    FORWARDED_ELSEWHERE(true),
    UNDER_EXAMINATION(false),
    CLOSED_NOT_PROVEN(true),
    RECOMMENDATION_ISSUED(false),
    /** A PPK's objection to a recommendation awaits the examining agency's answer (and no track needs more). */
    OBJECTION_PENDING(false),
    FOLLOW_UP_OVERDUE(false),
    FOLLOW_UP_REPORTED(false),
    CLOSED_SANCTIONED(true),
    WITHDRAWN(true),
    /** Every forwarded person's track closed as moot (retired, resigned or died): nobody was left to decide on. */
    CLOSED_MOOT(true);

    private static final Set<CaseStatus> TRACK_PHASE = EnumSet.of(UNDER_EXAMINATION, RECOMMENDATION_ISSUED,
            OBJECTION_PENDING, FOLLOW_UP_OVERDUE, FOLLOW_UP_REPORTED);
    private static final Map<CaseStatus, Set<CaseStatus>> TRANSITIONS = new EnumMap<>(CaseStatus.class);

    static {
        TRANSITIONS.put(RECEIVED, EnumSet.of(AWAITING_COMPLETION, REGISTERED, WITHDRAWN));
        TRANSITIONS.put(AWAITING_COMPLETION, EnumSet.of(RECEIVED, NOT_REGISTERED, WITHDRAWN));
        TRANSITIONS.put(REGISTERED, EnumSet.of(UNDER_ASSESSMENT));
        TRANSITIONS.put(UNDER_ASSESSMENT, EnumSet.of(AWAITING_PLENARY));
        TRANSITIONS.put(AWAITING_PLENARY, EnumSet.of(UNDER_ASSESSMENT, UNDER_EXAMINATION, CLOSED_NO_VIOLATION, FORWARDED_ELSEWHERE));
        for (CaseStatus s : TRACK_PHASE) {
            Set<CaseStatus> next = EnumSet.copyOf(TRACK_PHASE);
            next.remove(s);
            next.add(CLOSED_SANCTIONED);
            next.add(CLOSED_NOT_PROVEN);
            next.add(CLOSED_MOOT);
            TRANSITIONS.put(s, next);
        }
        for (CaseStatus s : values()) {
            TRANSITIONS.putIfAbsent(s, EnumSet.noneOf(CaseStatus.class));
        }
    }

    private final boolean closed;

    CaseStatus(boolean closed) {
        this.closed = closed;
    }

    /** The label in Indonesian ({@code case.status.*} in the catalogue). */
    public String label() {
        return Messages.id("case.status." + name());
    }

    /** The label in {@code locale} (Indonesian unless English). */
    public String label(java.util.Locale locale) {
        return Messages.in(locale, "case.status." + name());
    }

    public boolean closed() {
        return closed;
    }

    public boolean mayMoveTo(CaseStatus to) {
        return TRANSITIONS.get(this).contains(to);
    }

    /** The statuses this one may change to. */
    public Set<CaseStatus> next() {
        Set<CaseStatus> next = TRANSITIONS.get(this);
        return next.isEmpty() ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(next);
    }
}
