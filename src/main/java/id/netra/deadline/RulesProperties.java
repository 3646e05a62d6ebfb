package id.netra.deadline;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * {@code netra.rules.*}: the time zone deadlines are counted in and the two rule sets, each clock's number and unit
 * ({@code assessment-working-days: 7}, {@code assessment-unit: CALENDAR}; names in {@link RuleClock}). A rule set
 * that leaves out a number or unit, or whose numbers the administration would refuse, stops the start, naming it.
 */
@Validated
@ConfigurationProperties("netra.rules")
public record RulesProperties(@NotNull ZoneId zone, @NotNull RuleNumbers pemilu, @NotNull RuleNumbers pilkada) {

    public RulesProperties {
        check("pemilu", pemilu);
        check("pilkada", pilkada);
    }

    private static void check(String type, RuleNumbers numbers) {
        if (numbers == null) {
            return;
        }
        var problems = numbers.problems(null);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream()
                    .map(e -> "netra.rules." + type + "." + RuleClock.column(e.field()).replace('_', '-') + ": " + e.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    public RuleSet forElection(ElectionType type) {
        return (type == ElectionType.PEMILU ? pemilu : pilkada).over(null);
    }
}
