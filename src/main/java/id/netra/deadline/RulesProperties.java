package id.netra.deadline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/** {@code netra.rules.*}: the time zone deadlines are counted in and the two rule sets. */
@Validated
@ConfigurationProperties("netra.rules")
public record RulesProperties(@NotNull ZoneId zone, @NotNull @Valid RuleSet pemilu, @NotNull @Valid RuleSet pilkada) {

    public RuleSet forElection(ElectionType type) {
        return type == ElectionType.PEMILU ? pemilu : pilkada;
    }
}
