package id.netra.bawaslu;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The plenary meeting ({@code netra.plenary.*}). {@code quorum}: the fewest commissioners present for its decision to
 * stand. The law at hand does not settle it for every office (a regency or city office has 3 or 5 commissioners, a
 * province 5 or 7): the default, 2, is a majority of the smallest office; an office of five sets 3.
 */
@Validated
@ConfigurationProperties("netra.plenary")
public record PlenaryProperties(@DefaultValue("2") @Min(1) @Max(PlenaryDecisionForm.MAX_PRESENT) int quorum) {
}
