package id.netra.deadline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The numbers and units of a rule set as typed into the page's form, by their API names: digits become a number, a
 * unit's name its unit, a blank stays missing (for {@link RuleNumbers#problems} to name, or the unit in force to fill
 * in), anything else is neither, refused by the page before the rules are asked. Never throws, whatever was typed.
 */
record RuleForm(Map<String, String> typed) {

    /** Each clock's number and unit field, in the order of SPEC §3. */
    static final List<String> FIELDS;

    static {
        List<String> fields = new ArrayList<>();
        for (RuleClock clock : RuleClock.values()) {
            fields.add(clock.daysField());
            fields.add(clock.unitField());
        }
        FIELDS = List.copyOf(fields);
    }

    RuleForm {
        Map<String, String> own = new LinkedHashMap<>();
        for (String f : FIELDS) {
            own.put(f, typed.get(f) == null ? "" : typed.get(f));
        }
        typed = own;
    }

    /** The form showing a rule set's numbers and units. */
    static RuleForm of(RuleSet rules) {
        Map<String, String> typed = new LinkedHashMap<>();
        rules.fields().forEach((field, value) -> typed.put(field, String.valueOf(value)));
        return new RuleForm(typed);
    }

    /**
     * The same form with what a request may leave out and was left blank — a unit, the number of a clock the first
     * release did not have — filled in from {@code inForce}, as the API keeps it ({@link RuleNumbers}).
     */
    RuleForm withInForce(RuleSet inForce) {
        Map<String, String> filled = new LinkedHashMap<>(typed);
        for (RuleClock clock : RuleClock.values()) {
            if (filled.get(clock.unitField()).isBlank()) {
                filled.put(clock.unitField(), inForce.term(clock).unit().name());
            }
            if (clock.mayBeLeftOut() && filled.get(clock.daysField()).isBlank()) {
                filled.put(clock.daysField(), String.valueOf(inForce.term(clock).days()));
            }
        }
        return new RuleForm(filled);
    }

    /** The number fields whose text is neither blank nor a whole number of at most nine digits. */
    Set<String> notNumbers() {
        return unreadable(RuleClock::daysField, text -> number(text) != null);
    }

    /** The unit fields whose text is neither blank nor a unit's name (the page offers only those). */
    Set<String> notUnits() {
        return unreadable(RuleClock::unitField, text -> unit(text) != null);
    }

    private Set<String> unreadable(Function<RuleClock, String> field, Predicate<String> reads) {
        Set<String> wrong = new LinkedHashSet<>();
        for (RuleClock clock : RuleClock.values()) {
            String text = typed.get(field.apply(clock));
            if (!text.isBlank() && !reads.test(text)) {
                wrong.add(field.apply(clock));
            }
        }
        return wrong;
    }

    /** The numbers and units as the API takes them: null where blank or not one. */
    RuleNumbers numbers() {
        Map<RuleClock, Integer> days = new EnumMap<>(RuleClock.class);
        Map<RuleClock, DayUnit> units = new EnumMap<>(RuleClock.class);
        for (RuleClock clock : RuleClock.values()) {
            days.put(clock, number(typed.get(clock.daysField())));
            units.put(clock, unit(typed.get(clock.unitField())));
        }
        return RuleNumbers.of(days, units);
    }

    /** ASCII digits only: {@code Integer.parseInt} would also take "+7" and other scripts' digits. */
    private static Integer number(String text) {
        String t = text.strip();
        return t.matches("[0-9]{1,9}") ? Integer.valueOf(t) : null;
    }

    private static DayUnit unit(String text) {
        for (DayUnit u : DayUnit.values()) {
            if (u.name().equals(text.strip())) {
                return u;
            }
        }
        return null;
    }
}
