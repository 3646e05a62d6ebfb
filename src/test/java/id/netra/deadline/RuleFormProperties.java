package id.netra.deadline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule page's form binding over generated input: no application, never an exception, only digits are numbers and
 * only a unit's name is a unit.
 */
class RuleFormProperties {

    @Property
    void whateverIsTypedTheFormAnswersWithoutThrowing(@ForAll("typed") String text) {
        Map<String, String> typed = new HashMap<>();
        RuleForm.FIELDS.forEach(f -> typed.put(f, text));
        RuleForm form = new RuleForm(typed);
        RuleNumbers numbers = form.numbers();
        Integer parsed = numbers.examinationWorkingDays();
        if (text.strip().matches("[0-9]{1,9}")) {
            assertThat(parsed).isEqualTo(Integer.valueOf(text.strip()));
            assertThat(form.notNumbers()).isEmpty();
        } else {
            assertThat(parsed).isNull();
            assertThat(form.notNumbers()).hasSize(text.isBlank() ? 0 : RuleClock.values().length);
        }
        boolean aUnit = text.strip().equals("CALENDAR") || text.strip().equals("WORKING");
        assertThat(form.notUnits()).hasSize(text.isBlank() || aUnit ? 0 : RuleClock.values().length);
        // The rules then name every field that is wrong, never throwing either.
        numbers.problems(null);
        numbers.problems(BusinessCalendarTest.PEMILU.over(null));
    }

    @Property
    void aRuleSetShownInTheFormReadsBackAsTheSameNumbersAndUnits(@ForAll("ruleSets") RuleSet shown) {
        RuleForm form = RuleForm.of(shown);
        assertThat(form.notNumbers()).isEmpty();
        assertThat(form.notUnits()).isEmpty();
        assertThat(form.numbers().over(null)).isEqualTo(shown);
    }

    /**
     * A number left out is missing, not an error, and named as required unless its clock may be left out (the finding's:
     * the one in force holds); a unit left out keeps the unit in force.
     */
    @Property
    void aFieldLeftOutIsMissingNotAnError(@ForAll("fields") String left) {
        Map<String, String> typed = new HashMap<>();
        RuleForm.of(BusinessCalendarTest.PILKADA.over(null)).typed().forEach((f, v) -> {
            if (!f.equals(left)) {
                typed.put(f, v);
            }
        });
        RuleForm form = new RuleForm(typed);
        assertThat(form.notNumbers()).isEmpty();
        assertThat(form.notUnits()).isEmpty();
        RuleSet inForce = BusinessCalendarTest.PEMILU.over(null);
        boolean required = java.util.Arrays.stream(RuleClock.values()).anyMatch(c -> c.daysField().equals(left) && !c.mayBeLeftOut());
        assertThat(form.numbers().problems(inForce)).extracting(id.netra.platform.FieldError::field)
                .containsExactlyElementsOf(required ? java.util.List.of(left) : java.util.List.of());
        assertThat(form.numbers().problems(null)).extracting(id.netra.platform.FieldError::field).containsExactly(left);
    }

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return Arbitraries.integers().between(1, 365).list().ofSize(RuleClock.values().length).flatMap(days ->
                Arbitraries.of(DayUnit.class).list().ofSize(RuleClock.values().length).map(units -> {
                    Map<RuleClock, Term> terms = new java.util.EnumMap<>(RuleClock.class);
                    for (RuleClock c : RuleClock.values()) {
                        terms.put(c, new Term(days.get(c.ordinal()), units.get(c.ordinal())));
                    }
                    return new RuleSet(terms);
                }));
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 100_000).map(String::valueOf),
                Arbitraries.strings().numeric().ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789 +-.,e٣").ofMaxLength(6),
                Arbitraries.strings().all().ofMaxLength(10));
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(RuleForm.FIELDS);
    }
}
