package id.netra.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The process engine reads the application's clock: where that runs ahead of the calendar (a training installation's
 * {@code netra.clock-offset}), the engine's "now" — its timers' due dates, the job executor's — runs ahead with it.
 */
@Component
class EngineClock implements SmartInitializingSingleton {

    private static final Duration SAME = Duration.ofSeconds(1);

    private final Clock clock;

    EngineClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Duration ahead = Duration.between(Instant.now(), clock.instant());
        if (ahead.abs().compareTo(SAME) > 0) {
            ClockUtil.offset(ahead.toMillis());
        }
    }
}
