package id.netra.deadline;

import id.netra.platform.FieldError;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule set's numbers and units as they are given — in {@code netra.rules.<type>.*}, the admin API's body, the rule
 * page's form — each possibly missing. Over the rule set in force ({@link #over}) a missing unit keeps the unit in
 * force, and so does a missing number of a clock the first release did not have ({@link RuleClock#mayBeLeftOut}): a
 * client of that release, which sends its eight numbers only, changes nothing else. The first release's numbers stay
 * required.
 */
public record RuleNumbers(
        Integer reportFilingWorkingDays, DayUnit reportFilingUnit,
        Integer findingDays, DayUnit findingUnit,
        Integer initialReviewDays, DayUnit initialReviewUnit,
        Integer completionDays, DayUnit completionUnit,
        Integer assessmentWorkingDays, DayUnit assessmentUnit,
        Integer assessmentExtendedWorkingDays, DayUnit assessmentExtendedUnit,
        Integer examinationWorkingDays, DayUnit examinationUnit,
        Integer ppkFollowUpWorkingDays, DayUnit ppkFollowUpUnit,
        Integer ppkReminderWorkingDays, DayUnit ppkReminderUnit) {

    public static final int MAX_DAYS = 365;

    /** Each value given by its field's name ({@link RuleClock}); a missing one maps to null. */
    Map<String, Object> given() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reportFilingWorkingDays", reportFilingWorkingDays);
        m.put("reportFilingUnit", reportFilingUnit);
        m.put("findingDays", findingDays);
        m.put("findingUnit", findingUnit);
        m.put("initialReviewDays", initialReviewDays);
        m.put("initialReviewUnit", initialReviewUnit);
        m.put("completionDays", completionDays);
        m.put("completionUnit", completionUnit);
        m.put("assessmentWorkingDays", assessmentWorkingDays);
        m.put("assessmentUnit", assessmentUnit);
        m.put("assessmentExtendedWorkingDays", assessmentExtendedWorkingDays);
        m.put("assessmentExtendedUnit", assessmentExtendedUnit);
        m.put("examinationWorkingDays", examinationWorkingDays);
        m.put("examinationUnit", examinationUnit);
        m.put("ppkFollowUpWorkingDays", ppkFollowUpWorkingDays);
        m.put("ppkFollowUpUnit", ppkFollowUpUnit);
        m.put("ppkReminderWorkingDays", ppkReminderWorkingDays);
        m.put("ppkReminderUnit", ppkReminderUnit);
        return m;
    }

    /** The numbers and units of a rule set, by clock. */
    static RuleNumbers of(Map<RuleClock, Integer> days, Map<RuleClock, DayUnit> units) {
        return new RuleNumbers(
                days.get(RuleClock.REPORT_FILING), units.get(RuleClock.REPORT_FILING),
                days.get(RuleClock.FINDING), units.get(RuleClock.FINDING),
                days.get(RuleClock.INITIAL_REVIEW), units.get(RuleClock.INITIAL_REVIEW),
                days.get(RuleClock.COMPLETION), units.get(RuleClock.COMPLETION),
                days.get(RuleClock.ASSESSMENT), units.get(RuleClock.ASSESSMENT),
                days.get(RuleClock.ASSESSMENT_EXTENDED), units.get(RuleClock.ASSESSMENT_EXTENDED),
                days.get(RuleClock.EXAMINATION), units.get(RuleClock.EXAMINATION),
                days.get(RuleClock.PPK_FOLLOW_UP), units.get(RuleClock.PPK_FOLLOW_UP),
                days.get(RuleClock.PPK_REMINDER), units.get(RuleClock.PPK_REMINDER));
    }

    /** A clock's number: given, else the one in force where it may be left out (none when {@code current} is null). */
    private Integer days(RuleClock clock, RuleSet current) {
        Integer given = (Integer) given().get(clock.daysField());
        return given != null || current == null || !clock.mayBeLeftOut() ? given : Integer.valueOf(current.term(clock).days());
    }

    /** A clock's unit: given, else the one in force (none when {@code current} is null). */
    private DayUnit unit(RuleClock clock, RuleSet current) {
        DayUnit given = (DayUnit) given().get(clock.unitField());
        return given != null || current == null ? given : current.term(clock).unit();
    }

    /**
     * What is wrong with these numbers and units over {@code current} (null: nothing fills in what is missing), field
     * by field in the words of the catalogue: each number 1 to {@value #MAX_DAYS}; the extended assessment no shorter
     * than the assessment and the PPK's reminder shorter than its deadline, also across units (a clock in working days
     * is never shorter than as many calendar days, but may be longer than any number of them: that pair is refused).
     */
    public List<FieldError> problems(RuleSet current) {
        List<FieldError> errors = new ArrayList<>();
        for (RuleClock clock : RuleClock.values()) {
            Integer days = days(clock, current);
            if (days == null) {
                errors.add(FieldError.of(clock.daysField(), "deadline.rules.required"));
            } else if (days < 1 || days > MAX_DAYS) {
                errors.add(FieldError.of(clock.daysField(), "deadline.rules.range"));
            }
            if (unit(clock, current) == null) {
                errors.add(FieldError.of(clock.unitField(), "deadline.rules.unit.required"));
            }
        }
        if (errors.isEmpty()) {
            RuleSet r = over(current);
            Term assessment = r.term(RuleClock.ASSESSMENT);
            Term extended = r.term(RuleClock.ASSESSMENT_EXTENDED);
            if (extended.days() < assessment.days()) {
                errors.add(FieldError.of(RuleClock.ASSESSMENT_EXTENDED.daysField(), "deadline.rules.extension"));
            } else if (assessment.unit() == DayUnit.WORKING && extended.unit() == DayUnit.CALENDAR) {
                errors.add(FieldError.of(RuleClock.ASSESSMENT_EXTENDED.unitField(), "deadline.rules.extension.unit"));
            }
            Term followUp = r.term(RuleClock.PPK_FOLLOW_UP);
            Term reminder = r.term(RuleClock.PPK_REMINDER);
            if (reminder.days() >= followUp.days()) {
                errors.add(FieldError.of(RuleClock.PPK_REMINDER.daysField(), "deadline.rules.reminder"));
            } else if (reminder.unit() == DayUnit.WORKING && followUp.unit() == DayUnit.CALENDAR) {
                errors.add(FieldError.of(RuleClock.PPK_REMINDER.unitField(), "deadline.rules.reminder.unit"));
            }
        }
        return errors;
    }

    /** The rule set these make over {@code current}; for numbers without {@link #problems}. */
    public RuleSet over(RuleSet current) {
        Map<RuleClock, Term> terms = new EnumMap<>(RuleClock.class);
        for (RuleClock clock : RuleClock.values()) {
            Integer days = days(clock, current);
            DayUnit unit = unit(clock, current);
            if (days == null || unit == null) {
                throw new IllegalStateException("no " + (days == null ? clock.daysField() : clock.unitField()));
            }
            terms.put(clock, new Term(days, unit));
        }
        return new RuleSet(terms);
    }

    /** A rule set's own numbers and units, every one given. */
    public static RuleNumbers of(RuleSet rules) {
        Map<RuleClock, Integer> days = new EnumMap<>(RuleClock.class);
        Map<RuleClock, DayUnit> units = new EnumMap<>(RuleClock.class);
        rules.terms().forEach((clock, term) -> {
            days.put(clock, term.days());
            units.put(clock, term.unit());
        });
        return of(days, units);
    }
}
