package id.netra.deadline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTest {

    static final RuleSet PEMILU = new RuleSet(7, 2, 3, 7, 14, 14, 14, 3);
    static final RuleSet PILKADA = new RuleSet(7, 2, 2, 3, 5, 14, 14, 3);
    // Idul Fitri 1445 H and its cuti bersama, April 2024.
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2024, 4, 8), LocalDate.of(2024, 4, 9), LocalDate.of(2024, 4, 10),
            LocalDate.of(2024, 4, 11), LocalDate.of(2024, 4, 12), LocalDate.of(2024, 4, 15));

    final BusinessCalendar calendar = new BusinessCalendar((from, to) -> HOLIDAYS,
            new RulesProperties(ZoneId.of("Asia/Jakarta"), PEMILU, PILKADA));

    @Test
    void workingDaysSkipTheWeekend() {
        // Thursday 5 Sep 2024 + 3 working days = Tuesday 10 Sep.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 9, 5), 3)).isEqualTo(LocalDate.of(2024, 9, 10));
        // Starting on a Saturday counts from Monday.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 9, 7), 1)).isEqualTo(LocalDate.of(2024, 9, 9));
    }

    @Test
    void workingDaysSkipHolidaysAndCutiBersama() {
        // Friday 5 Apr 2024 + 2 working days: 8-12 and 15 Apr are off, so Tue 16 and Wed 17.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 4, 5), 2)).isEqualTo(LocalDate.of(2024, 4, 17));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 10))).isFalse();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 17))).isEqualTo(2);
    }

    @Test
    void calendarDaysDoNot() {
        assertThat(calendar.plusDays(LocalDate.of(2024, 4, 5), 2)).isEqualTo(LocalDate.of(2024, 4, 7));
    }

    @Test
    void theTwoRuleSetsGiveDifferentAssessmentDeadlines() {
        LocalDate registered = LocalDate.of(2024, 11, 11); // Monday
        assertThat(calendar.plusWorkingDays(registered, calendar.rules(ElectionType.PILKADA).assessmentWorkingDays()))
                .isEqualTo(LocalDate.of(2024, 11, 14));
        assertThat(calendar.plusWorkingDays(registered, calendar.rules(ElectionType.PEMILU).assessmentWorkingDays()))
                .isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(calendar.rules(ElectionType.PEMILU).completionDays()).isEqualTo(3);
        assertThat(calendar.rules(ElectionType.PILKADA).completionDays()).isEqualTo(2);
    }

    @Test
    void theExtensionRecountsFromRegistration() {
        LocalDate registered = LocalDate.of(2024, 11, 11);
        assertThat(calendar.plusWorkingDays(registered, calendar.rules(ElectionType.PILKADA).assessmentExtendedWorkingDays()))
                .isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(calendar.plusWorkingDays(registered, calendar.rules(ElectionType.PEMILU).assessmentExtendedWorkingDays()))
                .isEqualTo(LocalDate.of(2024, 11, 29));
    }

    @Test
    void theReminderFallsThreeWorkingDaysBeforeThePpkDeadline() {
        LocalDate recommended = LocalDate.of(2024, 3, 28); // Thursday before Good Friday (not in this table) and Lebaran
        LocalDate due = calendar.plusWorkingDays(recommended, 14);
        assertThat(due).isEqualTo(LocalDate.of(2024, 4, 25));
        assertThat(calendar.minusWorkingDays(due, 3)).isEqualTo(LocalDate.of(2024, 4, 22));
    }

    @Test
    void aDeadlineHoldsUntilTheEndOfItsDayInJakarta() {
        LocalDate due = LocalDate.of(2024, 11, 14);
        assertThat(calendar.endOf(due)).isEqualTo(Instant.parse("2024-11-14T16:59:59Z"));
        assertThat(calendar.passed(due)).isEqualTo(Instant.parse("2024-11-14T17:00:00Z"));
        assertThat(calendar.morningOf(due)).isEqualTo(Instant.parse("2024-11-14T00:00:00Z"));
    }
}
