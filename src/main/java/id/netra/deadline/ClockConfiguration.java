package id.netra.deadline;

import id.netra.platform.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

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
 *
 * <p>A demonstration or training installation may run ahead of the calendar ({@code netra.clock-offset}, e.g.
 * {@code 10d}): the service and the process engine's timers ({@code workflow.EngineClock}) then read that much later than the wall clock, so that a
 * trainee sees a deadline pass by restarting the service with a larger offset. Refused where demo data is off: a
 * real office's deadlines follow the real calendar.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    public Clock clock(RulesProperties rules,
                       @Value("${netra.clock-offset:0s}") Duration offset,
                       @Value("${netra.demo-data:}") String demoData,
                       @Value("${spring.datasource.url:}") String datasourceUrl) {
        Clock system = Clock.system(rules.zone());
        if (offset.isZero()) {
            return system;
        }
        if (!DemoData.enabled(demoData, datasourceUrl)) {
            throw new IllegalStateException("netra.clock-offset (" + offset + ") is for demonstration and training "
                    + "installations only: set netra.demo-data=true, or remove the offset so that deadlines follow the "
                    + "real calendar");
        }
        log.warn("The service's clock runs {} ahead of the calendar (netra.clock-offset): deadlines, timers and "
                + "dates are counted from {}", offset, system.instant().plus(offset));
        return Clock.offset(system, offset);
    }

    /** The code that is not a bean reads the clock the context uses ({@link id.netra.platform.Today}). */
    @Bean
    public org.springframework.beans.factory.SmartInitializingSingleton todayReadsTheClock(Clock clock) {
        return () -> id.netra.platform.Today.use(clock);
    }
}
