package id.netra.deadline;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code netra.clock-offset}: a training installation runs ahead of the calendar, a real one never does. */
class ClockOffsetTest {

    private static final RuleNumbers IN_FORCE = RuleNumbers.of(BusinessCalendarTest.rules("7W 5W 2C 3C 7C 14W 14W 14W 3W"));
    private static final RulesProperties RULES = new RulesProperties(ZoneId.of("Asia/Jakarta"), IN_FORCE, IN_FORCE);

    @Test
    void withoutAnOffsetTheServiceReadsTheCalendar() {
        Clock clock = new ClockConfiguration().clock(RULES, Duration.ZERO, "", "");
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void aDemonstrationRunsAhead() {
        Duration ten = Duration.ofDays(10);
        Clock clock = new ClockConfiguration().clock(RULES, ten, "", "");
        assertThat(Duration.between(Instant.now().plus(ten), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void anInstallationWithoutDemoDataRefusesToStartWithAnOffset() {
        assertThatThrownBy(() -> new ClockConfiguration().clock(RULES, Duration.ofDays(1), "", "jdbc:postgresql://db/netra"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("netra.clock-offset")
                .hasMessageContaining("netra.demo-data=true");
        assertThatThrownBy(() -> new ClockConfiguration().clock(RULES, Duration.ofDays(-1), "false", ""))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new ClockConfiguration().clock(RULES, Duration.ofDays(1), "true", "jdbc:postgresql://db/netra").instant())
                .isAfter(Instant.now().plus(Duration.ofHours(23)));
    }
}
