package id.netra.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's {@link Clock} for code that is not a bean (validators of a NIK or NIP, a form's "not in the
 * future"): set when the clock bean is made, the system clock in Asia/Jakarta until then.
 */
public final class Today {

    private static volatile Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));

    private Today() {
    }

    /** Set by the clock bean's configuration once the context is ready. */
    public static void use(Clock c) {
        clock = c;
    }

    /** Today in the rules' zone. */
    public static LocalDate date() {
        return LocalDate.now(clock);
    }

    public static Instant now() {
        return clock.instant();
    }

    /**
     * The clock's moment as the database's time stamp: what a statement writes where the database's own {@code now()}
     * would read the server's time, not the application's.
     */
    public static java.sql.Timestamp timestamp() {
        return java.sql.Timestamp.from(now());
    }

    public static Clock clock() {
        return clock;
    }
}
