package id.netra.examination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The examining agency (KASN until August 2024, BKN since, a new independent body by 2027): its name and code, which
 * also prefixes recommendation numbers, are configuration ({@code netra.examining-agency.*}), never code.
 */
@Validated
@ConfigurationProperties("netra.examining-agency")
public record ExaminingAgencyProperties(@NotBlank @Pattern(regexp = "[A-Za-z0-9.-]{2,20}") String code, @NotBlank String name) {
}
