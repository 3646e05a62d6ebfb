package id.netra.deadline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days counted by the calendar, in either unit, equal a plain count day by day, for any start and any number up to a
 * rule's maximum (365 working days, well past a year): holidays far beyond the first months are skipped as the near ones. The
 * holiday table is answered only for the days asked, as the database answers it.
 */
class BusinessCalendarProperties {

    /** Holidays over six years: two fixed days a year and a week of cuti bersama, as the seeded table has them. */
    static final Set<LocalDate> HOLIDAYS = new HashSet<>();

    static {
        for (int y = 2024; y <= 2031; y++) {
            HOLIDAYS.add(LocalDate.of(y, 5, 1));
            HOLIDAYS.add(LocalDate.of(y, 8, 17));
            for (int d = 0; d < 5; d++) {
                HOLIDAYS.add(LocalDate.of(y, 4, 7).plusDays(d));
            }
        }
    }

    final BusinessCalendar calendar = new BusinessCalendar(
            (from, to) -> HOLIDAYS.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).collect(Collectors.toSet()),
            new RulesProperties(ZoneId.of("Asia/Jakarta"), BusinessCalendarTest.PEMILU, BusinessCalendarTest.PILKADA));

    static boolean working(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 3 * 365).map(i -> LocalDate.of(2025, 1, 1).plusDays(i));
    }

    /** Whether a day counts in a unit: every day, or a working day. */
    static boolean counts(LocalDate d, DayUnit unit) {
        return unit == DayUnit.CALENDAR || working(d);
    }

    @Property(tries = 300)
    void forwardsAsCountedDayByDay(@ForAll("days") LocalDate start, @ForAll @IntRange(min = 0, max = 365) int n, @ForAll DayUnit unit) {
        List<LocalDate> counted = new ArrayList<>();
        for (LocalDate d = start; counted.size() < n; ) {
            d = d.plusDays(1);
            if (counts(d, unit)) {
                counted.add(d);
            }
        }
        LocalDate expected = n == 0 ? start : counted.get(n - 1);
        assertThat(calendar.after(start, new Term(n, unit))).isEqualTo(expected);
        if (unit == DayUnit.WORKING) {
            assertThat(calendar.plusWorkingDays(start, n)).isEqualTo(expected);
            assertThat(calendar.workingDaysBetween(start, expected)).isEqualTo(n);
        }
    }

    @Property(tries = 300)
    void backwardsAsCountedDayByDay(@ForAll("days") LocalDate end, @ForAll @IntRange(min = 0, max = 365) int n, @ForAll DayUnit unit) {
        LocalDate d = end;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (counts(d, unit)) {
                counted++;
            }
        }
        assertThat(calendar.before(end, new Term(n, unit))).isEqualTo(d);
    }

    @Property(tries = 100)
    void aDayIsAWorkingDayExactlyWhenNeitherWeekendNorHoliday(@ForAll("days") LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working(day));
    }

    /** Every Monday, Tuesday and Wednesday a holiday: two working days a week. */
    static boolean denseHoliday(LocalDate d) {
        return d.getDayOfWeek().getValue() <= DayOfWeek.WEDNESDAY.getValue();
    }

    /**
     * With two working days a week, 30 or more of them reach past the first stretch of holidays the calendar reads
     * (2n + 31 days), so it reads the next ones as it walks: the result still equals a plain count, both ways, and the
     * holiday table was asked more than once.
     */
    @Property(tries = 200)
    void aDenseHolidayTableIsReadStretchByStretch(@ForAll("days") LocalDate start, @ForAll @IntRange(min = 30, max = 365) int n,
                                                  @ForAll boolean forwards) {
        List<LocalDate[]> reads = new ArrayList<>();
        BusinessCalendar dense = new BusinessCalendar((from, to) -> {
            reads.add(new LocalDate[]{from, to});
            return from.datesUntil(to.plusDays(1)).filter(BusinessCalendarProperties::denseHoliday).collect(Collectors.toSet());
        }, new RulesProperties(ZoneId.of("Asia/Jakarta"), BusinessCalendarTest.PEMILU, BusinessCalendarTest.PILKADA));
        int step = forwards ? 1 : -1;
        LocalDate d = start;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(step);
            if (d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !denseHoliday(d)) {
                counted++;
            }
        }
        Term term = new Term(n, DayUnit.WORKING);
        assertThat(forwards ? dense.after(start, term) : dense.before(start, term)).isEqualTo(d);
        assertThat(reads).as("the holidays were read stretch by stretch").hasSizeGreaterThan(1);
    }
}
