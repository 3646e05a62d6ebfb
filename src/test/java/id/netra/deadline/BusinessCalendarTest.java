package id.netra.deadline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTest {

    /** SPEC §3's defaults, as {@link #rules} writes them. */
    static final RuleNumbers PEMILU = RuleNumbers.of(rules("7W 7C 2C 3C 7C 14W 14W 14W 3W"));
    static final RuleNumbers PILKADA = RuleNumbers.of(rules("7C 7C 2C 2C 3C 5C 14W 14W 3W"));
    // Idul Fitri 1445 H and its cuti bersama, April 2024.
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2024, 4, 8), LocalDate.of(2024, 4, 9), LocalDate.of(2024, 4, 10),
            LocalDate.of(2024, 4, 11), LocalDate.of(2024, 4, 12), LocalDate.of(2024, 4, 15));

    /**
     * A rule set written as its clocks' terms in {@link RuleClock}'s order, each its days and {@code C} (calendar) or
     * {@code W} (working): {@code "7W 7C 2C 3C 7C 14W 14W 14W 3W"}.
     */
    static RuleSet rules(String terms) {
        String[] t = terms.split(" ");
        java.util.Map<RuleClock, Term> m = new java.util.EnumMap<>(RuleClock.class);
        for (RuleClock clock : RuleClock.values()) {
            String one = t[clock.ordinal()];
            m.put(clock, new Term(Integer.parseInt(one.substring(0, one.length() - 1)),
                    one.endsWith("W") ? DayUnit.WORKING : DayUnit.CALENDAR));
        }
        return new RuleSet(m);
    }

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
        assertThat(calendar.after(LocalDate.of(2024, 4, 5), new Term(2, DayUnit.CALENDAR))).isEqualTo(LocalDate.of(2024, 4, 7));
        assertThat(calendar.before(LocalDate.of(2024, 4, 17), new Term(2, DayUnit.CALENDAR))).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(calendar.after(LocalDate.of(2024, 4, 5), new Term(2, DayUnit.WORKING))).isEqualTo(LocalDate.of(2024, 4, 17));
        assertThat(calendar.before(LocalDate.of(2024, 4, 17), new Term(2, DayUnit.WORKING))).isEqualTo(LocalDate.of(2024, 4, 5));
    }

    @Test
    void theTwoRuleSetsGiveDifferentAssessmentDeadlinesEachInItsUnit() {
        LocalDate registered = LocalDate.of(2024, 11, 11); // Monday
        // Pilkada: 3 calendar days; Pemilu: 7 calendar days, over the weekend.
        assertThat(calendar.after(registered, calendar.term(ElectionType.PILKADA, RuleClock.ASSESSMENT))).isEqualTo(LocalDate.of(2024, 11, 14));
        assertThat(calendar.after(registered, calendar.term(ElectionType.PEMILU, RuleClock.ASSESSMENT))).isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(calendar.term(ElectionType.PEMILU, RuleClock.COMPLETION)).isEqualTo(new Term(3, DayUnit.CALENDAR));
        assertThat(calendar.term(ElectionType.PILKADA, RuleClock.COMPLETION)).isEqualTo(new Term(2, DayUnit.CALENDAR));
        // The report: 7 working days in Pemilu (UU 7/2017), 7 days in Pilkada (UU 10/2016).
        LocalDate known = LocalDate.of(2024, 4, 4); // Thursday before the Lebaran holidays
        assertThat(calendar.after(known, calendar.term(ElectionType.PEMILU, RuleClock.REPORT_FILING))).isEqualTo(LocalDate.of(2024, 4, 23));
        assertThat(calendar.after(known, calendar.term(ElectionType.PILKADA, RuleClock.REPORT_FILING))).isEqualTo(LocalDate.of(2024, 4, 11));
    }

    @Test
    void theExtensionRecountsFromRegistration() {
        LocalDate registered = LocalDate.of(2024, 11, 11);
        // Pilkada: 3 + 2 calendar days, ending on a Saturday; Pemilu: up to 14 working days.
        assertThat(calendar.after(registered, calendar.term(ElectionType.PILKADA, RuleClock.ASSESSMENT_EXTENDED)))
                .isEqualTo(LocalDate.of(2024, 11, 16));
        assertThat(calendar.after(registered, calendar.term(ElectionType.PEMILU, RuleClock.ASSESSMENT_EXTENDED)))
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
