package id.netra.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class EngineClockTest {

    @AfterEach
    void back() {
        ClockUtil.reset();
    }

    @Test
    void theEngineRunsAheadAsTheApplicationsClockDoes() {
        Duration ten = Duration.ofDays(10);
        new EngineClock(Clock.offset(Clock.system(ZoneId.of("Asia/Jakarta")), ten)).afterSingletonsInstantiated();
        assertThat(Duration.between(Instant.now().plus(ten), ClockUtil.getCurrentTime().toInstant()).abs())
                .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void onTheCalendarTheEnginesClockIsLeftAlone() {
        new EngineClock(Clock.system(ZoneId.of("Asia/Jakarta"))).afterSingletonsInstantiated();
        assertThat(Duration.between(Instant.now(), ClockUtil.getCurrentTime().toInstant()).abs())
                .isLessThan(Duration.ofMinutes(1));
    }
}
