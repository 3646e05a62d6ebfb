package id.netra.deadline;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one place deadlines are computed (SPEC §3), each clock in its unit ({@link #after}): working days skip Saturdays,
 * Sundays and the holiday table; calendar days do not. Every timer in the BPMN gets its due date from here, through the
 * case's deadlines.
 */
@Component
public class BusinessCalendar {

    /** The holidays from the first day to the second, both included. */
    private final BiFunction<LocalDate, LocalDate, Set<LocalDate>> holidaysBetween;
    private final ZoneId zone;
    private final Function<ElectionType, RuleSet> ruleSets;
    private final java.time.Clock clock;

    /** The holiday table and the rule sets in force (an administrator's numbers, else the configuration). */
    @Autowired
    public BusinessCalendar(HolidayCalendar holidays, RulesProperties rules, RuleSets ruleSets, java.time.Clock clock) {
        this(holidays::between, rules.zone(), ruleSets::forElection, clock);
    }

    /** For callers that bring their own holiday table (the holidays between two days, both included) and numbers. */
    public BusinessCalendar(BiFunction<LocalDate, LocalDate, Set<LocalDate>> holidaysBetween, RulesProperties rules) {
        this(holidaysBetween, rules.zone(), rules::forElection, java.time.Clock.system(rules.zone()));
    }

    private BusinessCalendar(BiFunction<LocalDate, LocalDate, Set<LocalDate>> holidaysBetween, ZoneId zone,
                             Function<ElectionType, RuleSet> ruleSets, java.time.Clock clock) {
        this.holidaysBetween = holidaysBetween;
        this.zone = zone;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public RuleSet rules(ElectionType type) {
        return ruleSets.apply(type);
    }

    /** How long a clock of the election type's rule set in force runs. */
    public Term term(ElectionType type, RuleClock clock) {
        return rules(type).term(clock);
    }

    /**
     * The day a clock of {@code term} started on {@code start} ends: its days counted after the start day, in its
     * unit. Every deadline of the case is computed here.
     */
    public LocalDate after(LocalDate start, Term term) {
        return term.unit() == DayUnit.WORKING ? plusWorkingDays(start, term.days()) : start.plusDays(term.days());
    }

    /** The day {@code term} before {@code end}, counted in its unit: a reminder before its deadline. */
    public LocalDate before(LocalDate end, Term term) {
        return term.unit() == DayUnit.WORKING ? minusWorkingDays(end, term.days()) : end.minusDays(term.days());
    }

    /** Today in the rules' zone, by the application's clock ({@link ClockConfiguration}). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Now, by the application's clock. */
    public Instant now() {
        return clock.instant();
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, holidaysBetween.apply(day, day));
    }

    /** The day {@code n} working days after {@code start} (the start day itself is not counted). */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        return walk(start, n, 1);
    }

    /** The day {@code n} working days before {@code end}. */
    public LocalDate minusWorkingDays(LocalDate end, int n) {
        return walk(end, n, -1);
    }

    /**
     * {@code n} working days from {@code start}, forwards ({@code step} 1) or backwards (-1). The holidays are read for
     * a stretch long enough for {@code n} working days, and for the next stretch whenever the walk goes past it: a rule
     * at its maximum (365 working days, well over a year) still skips every holiday on its way.
     */
    private LocalDate walk(LocalDate start, int n, int step) {
        long span = 2L * n + 31;
        LocalDate edge = start.plusDays(step * span);
        Set<LocalDate> holidays = new HashSet<>(read(start.plusDays(step), edge));
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(step);
            if (step > 0 ? day.isAfter(edge) : day.isBefore(edge)) {
                LocalDate next = edge.plusDays(step * span);
                holidays.addAll(read(edge.plusDays(step), next));
                edge = next;
            }
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }

    /** The holidays between two days in either order. */
    private Set<LocalDate> read(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? holidaysBetween.apply(b, a) : holidaysBetween.apply(a, b);
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); 0 when {@code to} is not after. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        Set<LocalDate> holidays = holidaysBetween.apply(from.plusDays(1), to);
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d, holidays)) {
                count++;
            }
        }
        return count;
    }

    /** The last instant of a due day: a deadline is met until the end of that day. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    /** When a timer for a deadline on {@code day} fires: the first moment after the due day. */
    public Instant passed(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** When a reminder due on {@code day} is sent: at the start of that office day. */
    public Instant morningOf(LocalDate day) {
        return day.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
    }
}
