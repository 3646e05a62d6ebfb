package id.netra.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The one clock every "now" and "today" of the case handling reads: in the rules' zone (Asia/Jakarta by default), so
 * a day is the day in Indonesia whatever the server's own zone, and a test can put the service on any day (a week with
 * a weekend and a holiday inside each window) by providing its own {@link Clock} bean.
 *
 * <p>The case's tables are stamped by it too: a statement passes the clock's moment ({@code Today.timestamp()}) where
 * it would read the database's {@code now()} or leave a column to its default — the receipt and registration, every
 * change of a case's or a track's status, the deadlines, hearings, assessment, plenary finding, examination,
 * recommendation, decisions and letters, the PPK's report and the personnel-data block, a rule set's change — so that
 * they read the day the deadlines beside them were counted from.
 *
 * <p>Not read from it, as they must be wall time: what measures a span against the system's own time stamps — a browser
 * session's lifetime (Spring Session stamps sessions by the system clock), a sign-in lockout ({@code locked_until}
 * against the database's {@code now()}) — and the audit trail's entries and an account's creation, which say when
 * something was done on the server whatever day the service is put on.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    public Clock clock(RulesProperties rules) {
        return Clock.system(rules.zone());
    }

    /** The code that is not a bean reads the clock the context uses ({@link id.netra.platform.Today}). */
    @Bean
    public org.springframework.beans.factory.SmartInitializingSingleton todayReadsTheClock(Clock clock) {
        return () -> id.netra.platform.Today.use(clock);
    }
}
