package id.netra.deadline;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The clocks of one rule set (SPEC §3), each a number of days and a unit ({@link Term}); every clock is there.
 * Read by the business calendar; as JSON (the admin API's {@code numbers}, the audit's before and after) each clock's
 * number and unit by their names ({@link RuleClock}), in the order of SPEC §3.
 */
public record RuleSet(Map<RuleClock, Term> terms) {

    public RuleSet {
        EnumMap<RuleClock, Term> own = new EnumMap<>(RuleClock.class);
        own.putAll(terms);
        if (own.size() != RuleClock.values().length || own.containsValue(null)) {
            throw new IllegalArgumentException("a rule set has a term for every clock: " + terms);
        }
        terms = Collections.unmodifiableMap(own);
    }

    public Term term(RuleClock clock) {
        return terms.get(clock);
    }

    @JsonValue
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        terms.forEach((clock, term) -> {
            m.put(clock.daysField(), term.days());
            m.put(clock.unitField(), term.unit());
        });
        return m;
    }
}
