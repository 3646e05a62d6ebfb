package id.netra.deadline;

import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README says the holiday table is seeded with, read through the calendar every deadline uses. */
class SeededHolidaysIT extends IntegrationTest {

    @Autowired
    BusinessCalendar calendar;

    @Test
    void aSampleOfTheSeededHolidaysAndCutiBersamaAreNoWorkingDays() {
        for (String day : new String[]{"2024-01-01", "2024-02-14", "2024-04-08", "2024-04-10", "2024-04-15", "2024-11-27",
                "2024-12-26", "2025-01-28", "2025-03-31", "2025-04-07", "2025-06-09", "2025-12-26", "2026-01-01", "2026-08-17",
                "2026-12-25"}) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isFalse();
        }
        // Ordinary weekdays around them are working days.
        for (String day : new String[]{"2024-04-05", "2024-04-16", "2025-03-27", "2025-04-08", "2026-08-18"}) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isTrue();
        }
        // Idul Fitri 2025: from Thursday 27 March, one working day is Tuesday 8 April (Nyepi, the weekends, Lebaran and
        // its cuti bersama in between).
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 3, 27), 1)).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(calendar.minusWorkingDays(LocalDate.of(2025, 4, 8), 1)).isEqualTo(LocalDate.of(2025, 3, 27));
    }

    @Test
    void theSeededYearsHoldTheirNumberOfDays() {
        // 2024 and 2025 in full (national holidays and cuti bersama), 2026 its fixed-date holidays only.
        for (int[] year : new int[][]{{2024, 29}, {2025, 27}, {2026, 5}}) {
            assertThat(jdbc.sql("SELECT count(*) FROM holiday WHERE extract(year FROM day) = :y").param("y", year[0])
                    .query(Integer.class).single()).as("holidays of " + year[0]).isEqualTo(year[1]);
        }
    }
}
