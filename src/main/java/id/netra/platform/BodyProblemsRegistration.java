package id.netra.platform;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/**
 * The application's JSON mapper notes a body's values of the wrong type while a controller reads it
 * ({@link BodyProblems}); a date is a text ({@code "2026-11-27"}), never a number Jackson would read as days since 1970
 * (20261127 was taken as a day some 55,000 years ahead).
 */
@Component
class BodyProblemsRegistration implements Jackson2ObjectMapperBuilderCustomizer {

    @Override
    public void customize(Jackson2ObjectMapperBuilder builder) {
        builder.postConfigurer(mapper -> {
            mapper.addHandler(new BodyProblems());
            mapper.configOverride(java.time.LocalDate.class)
                    .setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false));
        });
    }
}
