package id.netra.casefile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The related cases a case names ({@code netra.related-cases.*}, {@link RelatedCases}). {@code closedWithin}: how long
 * after it closed a case still counts as related (an open one always does); {@code listed}: how many of them a case's
 * answer lists, newest first (all are counted).
 */
@Validated
@ConfigurationProperties("netra.related-cases")
public record RelatedCasesProperties(@DefaultValue("365d") Duration closedWithin,
                                     @DefaultValue("20") @Min(1) @Max(200) int listed) {

    public RelatedCasesProperties {
        if (closedWithin == null || closedWithin.isNegative()) {
            throw new IllegalArgumentException("netra.related-cases.closed-within must not be negative");
        }
    }
}
