package id.netra.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Days and times as the officers' pages show them: in the rules' zone (Asia/Jakarta), in the reader's language, never
 * as ISO text. Takes java.time values and the ISO text the API's JSON carries alike, since the pages lay out the
 * API's own answers.
 */
public final class PageFormat {

    /** A running deadline this close is due soon: the inbox's reminder window. */
    public static final int SOON_DAYS = 3;

    private final Locale locale;
    private final ZoneId zone;
    private final LocalDate today;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayTime;

    public PageFormat(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.today = LocalDate.now(id.netra.platform.Today.clock().withZone(zone));
        this.day = DateTimeFormatter.ofPattern("dd MMM yyyy", locale);
        this.dayTime = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm z", locale);
    }

    /** The zone days are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The day of a day or an instant ({@code 05 Des 2026}); empty for nothing or what is neither. */
    public String date(Object value) {
        LocalDate d = dayOf(value);
        return d == null ? "" : day.format(d);
    }

    /** An instant to the minute with its zone ({@code 27 Agu 2026 03:16 WIB}); a bare day as {@link #date}. */
    public String dateTime(Object value) {
        Instant at = instantOf(value);
        return at != null ? dayTime.format(at.atZone(zone)) : date(value);
    }

    /** Who acted, as the page says it: a name Netra writes for no account in the reader's language ({@link SystemActors}). */
    public String actor(String actor) {
        return SystemActors.said(actor, locale);
    }

    /** Days from today to the day given: negative when it has passed. */
    public long daysUntil(Object value) {
        LocalDate d = dayOf(value);
        return d == null ? 0 : ChronoUnit.DAYS.between(today, d);
    }

    /** The inbox's urgency classes for a running deadline this many days away: overdue, soon or ontime. */
    public static String urgency(long daysLeft) {
        return daysLeft < 0 ? "overdue" : daysLeft <= SOON_DAYS ? "soon" : "ontime";
    }

    private LocalDate dayOf(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        Instant at = instantOf(value);
        if (at != null) {
            return at.atZone(zone).toLocalDate();
        }
        if (value instanceof CharSequence text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Instant instantOf(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof CharSequence text && text.length() > 10) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
