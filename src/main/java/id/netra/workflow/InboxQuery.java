package id.netra.workflow;

import java.time.Duration;
import java.util.Locale;

/**
 * Which of a user's tasks an inbox shows, in which order, and which page: a task key, the case's status and election
 * type, how near the due date is, whose tasks ({@link Claim}), the order ({@link Sort}), and the page's first row and
 * size. A null criterion is no criterion.
 */
public record InboxQuery(String taskKey, String caseStatus, String electionType, Due due, Claim claim, Sort sort, int offset,
                         int size) {

    /** A due date this close is inside the reminder window. */
    public static final Duration SOON = Duration.ofDays(id.netra.platform.PageFormat.SOON_DAYS);

    /** The most tasks one page holds: the API's inbox, which is one page. */
    public static final int MAX_SIZE = 500;

    /** The furthest a page may start: deeper than this, narrow the criteria. */
    public static final int MAX_OFFSET = 10_000;

    public static final InboxQuery DEFAULT = new InboxQuery(null, null, null, null, Claim.MINE_AND_OPEN, Sort.DUE, 0, MAX_SIZE);

    public enum Due { OVERDUE, SOON, ONTIME, NONE }

    /** Mine; open to my groups; mine and open (the default); claimed by colleagues of my groups. */
    public enum Claim { MINE, OPEN, MINE_AND_OPEN, OTHERS }

    /** Soonest due first (the default); oldest first; newest first. */
    public enum Sort { DUE, OLDEST, NEWEST }

    public InboxQuery {
        if (claim == null) {
            claim = Claim.MINE_AND_OPEN;
        }
        if (sort == null) {
            sort = Sort.DUE;
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset " + offset);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size);
        }
    }

    /** The urgency of a due date, as the inbox colours it. */
    public static Due urgency(java.time.Instant due, java.time.Instant now) {
        if (due == null) {
            return Due.NONE;
        }
        return due.isBefore(now) ? Due.OVERDUE : due.isBefore(now.plus(SOON)) ? Due.SOON : Due.ONTIME;
    }

    /** An enum constant from a request's text in any case, or null when it names none. */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
