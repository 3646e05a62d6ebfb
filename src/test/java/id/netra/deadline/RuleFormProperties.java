package id.netra.deadline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule page's form binding over generated input: no application, never an exception, only digits are numbers. */
class RuleFormProperties {

    @Property
    void whateverIsTypedTheFormAnswersWithoutThrowing(@ForAll("typed") String text) {
        Map<String, String> typed = new HashMap<>();
        RuleForm.FIELDS.forEach(f -> typed.put(f, text));
        RuleForm form = new RuleForm(typed);
        RuleSets.Numbers numbers = form.numbers();
        Integer parsed = RuleSets.asMap(numbers).get("examinationWorkingDays");
        if (text.strip().matches("[0-9]{1,9}")) {
            assertThat(parsed).isEqualTo(Integer.valueOf(text.strip()));
            assertThat(form.notNumbers()).isEmpty();
        } else {
            assertThat(parsed).isNull();
            assertThat(form.notNumbers()).hasSize(text.isBlank() ? 0 : RuleForm.FIELDS.size());
        }
        // The rules then name every field that is wrong, never throwing either.
        RuleSets.problems(RuleSets.asMap(numbers));
    }

    @Property
    void aRuleSetShownInTheFormReadsBackAsTheSameNumbers(@ForAll @IntRange(min = 1, max = 365) int a, @ForAll @IntRange(min = 1, max = 365) int b,
                                                        @ForAll @IntRange(min = 1, max = 365) int c) {
        RuleSet shown = new RuleSet(a, b, c, a, b, c, a, b);
        RuleForm form = RuleForm.of(shown);
        assertThat(form.notNumbers()).isEmpty();
        assertThat(form.numbers().toRuleSet()).isEqualTo(shown);
    }

    @Property
    void aFieldLeftOutIsMissingNotAnError(@ForAll("fields") String left) {
        Map<String, String> typed = new HashMap<>();
        RuleForm.FIELDS.stream().filter(f -> !f.equals(left)).forEach(f -> typed.put(f, "7"));
        RuleForm form = new RuleForm(typed);
        assertThat(form.notNumbers()).isEmpty();
        assertThat(RuleSets.problems(RuleSets.asMap(form.numbers()))).extracting(id.netra.platform.FieldError::field)
                .containsExactly(left);
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
