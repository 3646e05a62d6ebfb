package id.netra.casefile;

import id.netra.platform.Messages;

/**
 * The deadlines kept on a case or on one person's track; each is shown on the case and on its tasks and drives the
 * BPMN timers.
 */
public enum DeadlineKind {
    REPORT_FILING(false),
    FINDING(false),
    INITIAL_REVIEW(false),
    COMPLETION(false),
    ASSESSMENT(false),
    EXAMINATION(true),
    PPK_FOLLOW_UP(true),
    PPK_REMINDER(true);

    private final boolean perTrack;

    DeadlineKind(boolean perTrack) {
        this.perTrack = perTrack;
    }

    /** The label in Indonesian ({@code casefile.deadline.*} in the catalogue). */
    public String label() {
        return Messages.id("casefile.deadline." + name());
    }

    /** The label in {@code locale} (Indonesian unless English). */
    public String label(java.util.Locale locale) {
        return Messages.in(locale, "casefile.deadline." + name());
    }

    /** Kept per person's track, not on the case. */
    public boolean perTrack() {
        return perTrack;
    }

    /**
     * Whether this case clock still counts down while the case is in this status: a deadline whose step the case has
     * passed stays on the case, met or not, but no longer runs. The reporter's filing deadline never runs once the
     * report is in, nor a finding's once it is set (its lateness is the case's {@code lateFiling}).
     */
    public boolean runsWhile(CaseStatus status) {
        return switch (this) {
            case INITIAL_REVIEW -> status == CaseStatus.RECEIVED;
            case COMPLETION -> status == CaseStatus.AWAITING_COMPLETION;
            case ASSESSMENT -> status == CaseStatus.REGISTERED || status == CaseStatus.UNDER_ASSESSMENT
                    || status == CaseStatus.AWAITING_PLENARY;
            case REPORT_FILING, FINDING, EXAMINATION, PPK_FOLLOW_UP, PPK_REMINDER -> false;
        };
    }

    /** Whether this track clock still counts down while the person's track is in this status. */
    public boolean runsWhile(TrackStatus status) {
        return switch (this) {
            case EXAMINATION -> status == TrackStatus.UNDER_EXAMINATION;
            case PPK_FOLLOW_UP -> status == TrackStatus.RECOMMENDATION_ISSUED || status == TrackStatus.FOLLOW_UP_OVERDUE;
            case PPK_REMINDER -> status == TrackStatus.RECOMMENDATION_ISSUED;
            case REPORT_FILING, FINDING, INITIAL_REVIEW, COMPLETION, ASSESSMENT -> false;
        };
    }
}
