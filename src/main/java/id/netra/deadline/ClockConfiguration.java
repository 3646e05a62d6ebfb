package id.netra.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The one clock every "now" and "today" of the case handling reads: in the rules' zone (Asia/Jakarta by default), so
 * a day is the day in Indonesia whatever the server's own zone, and a test can put the service on any day (a week with
 * a weekend and a holiday inside each window) by providing its own {@link Clock} bean.
 *
 * <p>Not read from it: what measures a span against the system's own time stamps — a browser session's lifetime
 * (Spring Session stamps sessions by the system clock), a sign-in lockout — and the database's own time stamps
 * ({@code now()} of a status change, an audit entry).
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
