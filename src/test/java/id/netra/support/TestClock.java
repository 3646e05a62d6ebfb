package id.netra.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in the tests: the system's until a test sets another moment, from which it runs on as time
 * passes; the process engine's clock (its timers' "now", the job executor's) is set with it. {@link IntegrationTest}
 * puts it back after every test.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** From now on, the service's time is {@code at} (and runs on from there). */
    public void set(Instant at) {
        offset = Duration.between(Instant.now(), at);
        ClockUtil.offset(offset.toMillis());
    }

    /** The system's time again, for the service and the engine. */
    public void reset() {
        offset = Duration.ZERO;
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        TestClock c = new TestClock(other);
        c.offset = offset;
        return c;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        public TestClock testClock(id.netra.deadline.RulesProperties rules) {
            return new TestClock(rules.zone());
        }
    }
}
